import CLibXML2

/// Runs libxml2's HTML parser over a fragment and reports it to an ``HTMLEventHandler``.
///
/// The parser is libxml2's own (`htmlParseDocument`, what `htmlReadMemory` runs), with SAX
/// callbacks instead of its tree builder: no tree is allocated and freed per fragment. The
/// fragment is parsed as the content of `<body>` (a `<html><body>` prefix is added), so that text
/// at the start is not wrapped in an implied `<p>`.
enum HTMLFragmentParser {
    /// libxml2 options for untrusted fragments.
    ///
    /// `RECOVER` keeps whatever can be read; `NONET` and the deny-all entity loader keep the
    /// parser off the network and the file system; `IGNORE_ENC` stops a `<meta charset>` inside
    /// the fragment from re-decoding it (the bytes are always UTF-8). `NOBLANKS` is deliberately
    /// not used: it drops the space in `<b>a</b> <i>b</i>`.
    static let options: Int32 = Int32(
        HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NODEFDTD.rawValue | HTML_PARSE_IGNORE_ENC.rawValue
    )

    /// libxml2 must be initialised once before parsers run on several threads at the same time.
    private static let initialised: Void = {
        xmlInitParser()
        stempel_installDenyAllEntityLoader()
    }()

    /// Parses `html`, cut to `limit` bytes and cleaned by ``HTMLInputCleaner``, into `handler`,
    /// and returns the handler once it has seen the whole fragment.
    ///
    /// Simple markup is read by ``SimpleMarkupScanner``, which reports the same events faster;
    /// `scanning: false` always runs libxml2 (for the tests that compare the two).
    static func parse<Handler: HTMLEventHandler>(_ html: String, limit: Int, into handler: consuming Handler, scanning: Bool = true) -> Handler {
        _ = initialised
        let bytes = HTMLInputCleaner.bytes(html, limit: limit, prefix: prefix)
        var handler = handler
        let scanned =
            scanning
            && bytes.withUnsafeBufferPointer { buffer in
                SimpleMarkupScanner.scan(UnsafeBufferPointer(rebasing: buffer[prefix.count...]), into: &handler)
            }
        if scanned {
            handler.finish()
            return handler
        }
        // The C callbacks cannot be generic: they reach the handler through an existential.
        var erased: any HTMLEventHandler = handler
        bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                guard let context = htmlCreateMemoryParserCtxt(chars.baseAddress, Int32(chars.count)) else { return }
                defer { htmlFreeParserCtxt(context) }
                withUnsafeMutablePointer(to: &erased) { run(context, handler: $0) }
            }
        }
        erased.finish()
        return erased as! Handler
    }

    private static let prefix: [UInt8] = Array("<html><body>".utf8)

    private static func run(_ context: htmlParserCtxtPtr, handler: UnsafeMutablePointer<any HTMLEventHandler>) {
        // The context owns a private copy of the SAX handler (freed with it): replace its
        // callbacks with ours. Comments, processing instructions and CDATA get no callback.
        var sax = htmlSAXHandler()
        sax.startElement = { context, name, attributes in
            guard let name else { return }
            HTMLFragmentParser.handler(context).pointee.start(name, attributes: UnsafePointer(attributes))
        }
        sax.endElement = { context, _ in
            HTMLFragmentParser.handler(context).pointee.end()
        }
        sax.characters = { context, bytes, count in
            guard let bytes, count > 0 else { return }
            HTMLFragmentParser.handler(context).pointee.text(bytes, count: Int(count))
        }
        sax.ignorableWhitespace = sax.characters
        context.pointee.sax.pointee = sax
        context.pointee.userData = UnsafeMutableRawPointer(context)
        context.pointee._private = UnsafeMutableRawPointer(handler)
        htmlCtxtUseOptions(context, options)
        // Declared as `htmlReadMemory(…, "UTF-8", …)` does; undeclared, libxml2 would guess
        // Latin-1 at the first non-ASCII byte.
        if let utf8 = xmlFindCharEncodingHandler("UTF-8") { xmlSwitchToEncoding(context, utf8) }
        htmlParseDocument(context)
    }

    private static func handler(_ context: UnsafeMutableRawPointer?) -> UnsafeMutablePointer<any HTMLEventHandler> {
        let parser = context!.assumingMemoryBound(to: xmlParserCtxt.self)
        return parser.pointee._private.assumingMemoryBound(to: (any HTMLEventHandler).self)
    }
}
