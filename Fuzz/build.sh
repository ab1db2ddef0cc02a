#!/usr/bin/env bash
# Builds the libFuzzer targets into Fuzz/.build/ with `swiftc -sanitize=fuzzer,address`, outside
# SwiftPM so that `swift build` and `swift test` never see them:
#
#   feed-parser     Syndication's FeedParser on any bytes (then sanitizes what it parsed)
#   html-sanitizer  Syndication's HTMLSanitizer on any text, and its output again
#   comment-decoding the comment JSON body through CommentPayload and CommentValidator
#
# The modules under test are compiled from Sources/ unchanged, instrumented for coverage.
set -euo pipefail
cd "$(dirname "$0")/.."
out=Fuzz/.build
mkdir -p "$out"
flags=(-sanitize=fuzzer,address -parse-as-library -O -g -swift-version 6)
xml=(-I Sources/CLibXML2 $(pkg-config --cflags libxml-2.0 | sed 's/-I/-Xcc -I/g'))

# Syndication and ModerationKit as static libraries with their modules.
swiftc "${flags[@]}" "${xml[@]}" -module-name Syndication -emit-library -static -emit-module \
    -emit-module-path "$out/Syndication.swiftmodule" -o "$out/libSyndication.a" $(find Sources/Syndication -name '*.swift' | sort)
swiftc "${flags[@]}" -module-name ModerationKit -emit-library -static -emit-module \
    -emit-module-path "$out/ModerationKit.swiftmodule" -o "$out/libModerationKit.a" $(find Sources/ModerationKit -name '*.swift' | sort)

swiftc "${flags[@]}" "${xml[@]}" -I "$out" -L "$out" -lSyndication -lxml2 -module-name FeedParserFuzzer \
    Fuzz/FeedParser/FeedParserFuzzer.swift -o "$out/feed-parser"
swiftc "${flags[@]}" "${xml[@]}" -I "$out" -L "$out" -lSyndication -lxml2 -module-name HTMLSanitizerFuzzer \
    Fuzz/HTMLSanitizer/HTMLSanitizerFuzzer.swift -o "$out/html-sanitizer"
swiftc "${flags[@]}" -I "$out" -L "$out" -lModerationKit -module-name CommentDecodingFuzzer \
    Fuzz/CommentDecoding/*.swift Sources/StempelServer/Intake/CommentForm.swift Sources/StempelServer/Intake/CommentValidator.swift \
    -o "$out/comment-decoding"
echo "built: $out/feed-parser $out/html-sanitizer $out/comment-decoding"
