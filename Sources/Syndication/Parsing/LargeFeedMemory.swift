import CLibXML2

/// Memory settings for a process that parses large feeds in one go, such as `stempel feed inspect`.
public enum LargeFeedMemory {
    /// Has glibc grow the heap 64 MiB at a time and keep as much free before returning it.
    ///
    /// By default glibc grows the heap 128 KiB at a time and hands memory back as soon as the top
    /// of the heap is free, so building a 20 MB feed's model while another thread frees libxml2's
    /// and the sanitizer's leftovers kept growing and trimming it: about 10 % of such a parse. The
    /// pad reserves address space, not memory: pages are taken only when written. A long-running
    /// server does not need it; a short command that parses a large feed does.
    public static func reserveHeapPadding() {
        stempel_padHeap(64 << 20)
    }
}
