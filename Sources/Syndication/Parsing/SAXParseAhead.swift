import CLibXML2
import Foundation

/// Runs a ``SAXChunkParser`` on a thread of its own, a few chunks ahead of the reader, so that
/// libxml2's parsing of a large document overlaps the dialects' and the sanitizer's work on
/// what it already read.
///
/// The batches come in parcels of ``chunksPerParcel`` chunks (64 KiB of the document), so the two
/// threads meet a few hundred times for a 20 MB feed rather than thousands; at most
/// ``parcelsAhead`` parcels wait, so memory stays bounded by a megabyte or two of nodes
/// whatever the document's size. The reader must call ``stop()`` before the parser's input bytes
/// go away: it returns once the thread has stopped touching them.
final class SAXParseAhead: @unchecked Sendable {
    static let chunksPerParcel = 8
    static let parcelsAhead = 8

    // Everything below is guarded by `condition`, except `parser`, which only the parsing
    // thread touches once it has started.
    private let condition = NSCondition()
    private let parser: SAXChunkParser
    private var ready: [[SAXBatch]] = []
    private var isStopping = false
    private var isFinished = false
    /// Who sleeps on `condition`: waking a thread costs a system call, so only a sleeper is woken.
    private var producerIsWaiting = false
    private var consumerIsWaiting = false

    /// Starts parsing on a new thread.
    init(parser: SAXChunkParser) {
        self.parser = parser
        let thread = Thread { [self] in produce() }
        // libxml2's parser recurses a little per nesting level; the thread gets the main thread's room.
        thread.stackSize = 8 << 20
        thread.name = "stempel.sax"
        thread.start()
    }

    /// The next parcel of batches, waiting for it if the parser has not got there yet. Never
    /// called again after a batch that ``SAXBatch/isLast``.
    func nextParcel() -> [SAXBatch] {
        condition.lock()
        defer { condition.unlock() }
        while ready.isEmpty {
            consumerIsWaiting = true
            condition.wait()
            consumerIsWaiting = false
        }
        let parcel = ready.removeFirst()
        // A full queue's producer sleeps until half of it was read, not for every parcel.
        if producerIsWaiting, ready.count <= Self.parcelsAhead / 2 {
            condition.broadcast()
        }
        return parcel
    }

    /// Stops the parsing thread after its current chunk and waits until it no longer reads the input.
    func stop() {
        condition.lock()
        defer { condition.unlock() }
        isStopping = true
        condition.broadcast()
        while !isFinished {
            condition.wait()
        }
    }

    private func produce() {
        // libxml2's error handler is per thread: none of its messages may reach stderr.
        xmlSetStructuredErrorFunc(nil, XMLStreamReader.discardError)
        var isLast = false
        while !isLast {
            var parcel: [SAXBatch] = []
            parcel.reserveCapacity(Self.chunksPerParcel)
            while !isLast, parcel.count < Self.chunksPerParcel {
                let batch = parser.nextBatch()
                isLast = batch.isLast
                parcel.append(batch)
            }
            condition.lock()
            if ready.count >= Self.parcelsAhead {
                while ready.count > Self.parcelsAhead / 2, !isStopping {
                    producerIsWaiting = true
                    condition.wait()
                    producerIsWaiting = false
                }
            }
            if isStopping {
                condition.unlock()
                break
            }
            ready.append(parcel)
            if consumerIsWaiting {
                condition.broadcast()
            }
            condition.unlock()
        }
        condition.lock()
        isFinished = true
        condition.broadcast()
        condition.unlock()
    }
}
