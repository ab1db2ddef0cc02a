-- Mixed traffic for the soak benchmark: comment posts (some held), feed reads with and without
-- validators, and moderator decisions on the held comments this thread saw.
-- Environment: SLUG (a column), TOKEN (a moderator's bearer token).
local slug = os.getenv("SLUG")
local token = os.getenv("TOKEN")
local counter = 0
local held = {}
local etag = nil
local last = nil
local words = {"klant", "ervaring", "service", "winkel", "kassabon", "koffie", "monteur", "bakker", "loket", "vriendelijk",
  "wachten", "afspraak", "levering", "factuur", "glimlach", "verwachting", "medewerker", "rekening", "garantie", "retour"}

function setup(thread)
  thread:set("id", math.random(1, 1000000))
end

local function sentence(n)
  local parts = {}
  for i = 1, n do parts[i] = words[math.random(#words)] end
  return table.concat(parts, " ")
end

request = function()
  counter = counter + 1
  local roll = math.random(100)
  if roll <= 30 then
    last = "feed"
    return wrk.format("GET", "/feeds/columns.atom", {["Accept-Encoding"] = "gzip"})
  elseif roll <= 55 and etag then
    last = "conditional"
    return wrk.format("GET", "/feeds/columns.atom", {["If-None-Match"] = etag, ["Accept-Encoding"] = "gzip"})
  elseif roll <= 62 then
    last = "comments"
    return wrk.format("GET", "/columns/" .. slug .. "/comments.rss")
  elseif roll <= 70 and #held > 0 then
    last = "decision"
    local id = table.remove(held)
    local action = (math.random(2) == 1) and "approve" or "reject"
    return wrk.format("POST", "/api/v1/submissions/" .. id .. "/decision",
      {["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. token}, '{"action": "' .. action .. '"}')
  else
    last = "post"
    local body
    if math.random(5) == 1 then
      body = string.upper(sentence(8)) .. "!!!"  -- shouting: held
    else
      body = "Reactie " .. counter .. ": " .. sentence(12) .. "."
    end
    local payload = '{"author": {"name": "Lezer ' .. math.random(500) .. '"}, "body": "' .. body .. '"}'
    return wrk.format("POST", "/api/v1/columns/" .. slug .. "/comments", {["Content-Type"] = "application/json"}, payload)
  end
end

response = function(status, headers, body)
  if last == "feed" and status == 200 then
    etag = headers["ETag"] or headers["etag"]
  elseif last == "post" and status == 201 then
    local id, state = body:match('"id":"([^"]+)".-"status":"([a-z]+)"')
    if id == nil then
      state, id = body:match('"status":"([a-z]+)".-"id":"([^"]+)"')
    end
    if state == "held" and #held < 1000 then table.insert(held, id) end
  end
end

done = function(summary, latency, requests)
  io.write(string.format("requests %d, errors: connect %d, read %d, write %d, timeout %d, non-2xx/3xx %d\n",
    summary.requests, summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.timeout, summary.errors.status))
  io.write(string.format("throughput %.0f req/s\n", summary.requests / (summary.duration / 1e6)))
  for _, p in pairs({50, 99, 99.9}) do
    io.write(string.format("latency p%g %.2f ms\n", p, latency:percentile(p) / 1000))
  end
end
