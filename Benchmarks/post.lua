-- Copied from the project's shared tools (shared/tools/isso-peer/post.lua) so the benchmark runs from a clone.
-- wrk script: POST varied comments, to Isso or to Stempel, so both are measured the same way.
--   wrk -t2 -c64 -d10s -s post.lua http://127.0.0.1:PORT
-- Environment: TARGET=isso (POST /new?uri=/bench/tN, Isso's JSON) or TARGET=stempel
-- (POST /api/v1/columns/SLUG/comments; set SLUG). Prints a status histogram at the end.
local target = os.getenv("TARGET") or "isso"
local slug = os.getenv("SLUG") or "column"
local texts = {
  "Mooi verhaal, dank voor het delen! Ik herken het helemaal.",
  "Bij ons in de winkel ging het precies andersom: de medewerker was juist heel behulpzaam.",
  "Interessant, maar hoe ging het daarna verder met de klacht?",
  "Great story, thanks. The second part made me laugh.",
  "Ik werk zelf bij een klantenservice en snap beide kanten wel.",
  "Wat een slechte ervaring. Heb je het nog bij de bedrijfsleider gemeld?",
  "JA, MAAR DAT IS TOCH ECHT NIET NORMAAL!!!",
  "Goedkope zonnebrillen http://spam.example.nl/a http://spam.example.nl/b http://spam.example.nl/c",
}
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Origin"] = "http://127.0.0.1"
wrk.headers["Referer"] = "http://127.0.0.1/bench/"
local n, wid = 0, 0
function setup(thread) wid = wid + 1; thread:set("wid", wid) end
function init() math.randomseed(os.time() + (wid or 0) * 7919); statuses = {} end
function request()
  n = n + 1
  local t = texts[math.random(#texts)] .. " (" .. (wid or 0) .. "-" .. n .. ")"
  if target == "stempel" then
    return wrk.format(nil, "/api/v1/columns/" .. slug .. "/comments", nil,
      string.format('{"author":{"name":"Lezer %d","email":"lezer%d@example.nl"},"body":"%s"}', n % 997, n % 997, t))
  end
  return wrk.format(nil, "/new?uri=/bench/t" .. (n % 20 + 1), nil,
    string.format('{"text":"%s","author":"Lezer %d","email":"lezer%d@example.nl","title":"Column %d"}', t, n % 997, n % 997, n % 20 + 1))
end
function response(status) statuses[status] = (statuses[status] or 0) + 1 end
function done(summary, latency, requests)
  io.write(string.format("requests %d, errors %d, p50 %.1f ms, p99 %.1f ms\n", summary.requests,
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
