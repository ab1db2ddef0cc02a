#ifndef STEMPEL_CLIBXML2_SHIM_H
#define STEMPEL_CLIBXML2_SHIM_H

// Debian's libxml2 enables ICU, whose declarations clash with the ICU inside Foundation.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/SAX2.h>
#include <libxml/xmlreader.h>
#include <libxml/xmlerror.h>
#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/tree.h>
#include <libxml/entities.h>
#include <libxml/encoding.h>

/// `xmlFree` is a variable in libxml2's headers; Swift needs a function to call.
static inline void stempel_xmlFree(void *pointer) { xmlFree(pointer); }

/// Refuses every external entity, DTD or XInclude that libxml2 would otherwise load.
static inline xmlParserInputPtr stempel_denyExternalEntity(const char *url, const char *identifier, xmlParserCtxtPtr context) {
    (void)url; (void)identifier; (void)context;
    return NULL;
}

/// Installs the deny-all loader process-wide; called before any parse.
static inline void stempel_installDenyAllEntityLoader(void) {
    xmlSetExternalEntityLoader(stempel_denyExternalEntity);
}

#if defined(__GLIBC__)
#include <malloc.h>
#endif

/// Asks glibc's allocator to grow the heap `bytes` beyond each request and to keep that much
/// free at the top, for a process about to build a large parsed feed (a no-op elsewhere).
static inline void stempel_padHeap(int bytes) {
#if defined(__GLIBC__)
    mallopt(M_TOP_PAD, bytes);
#else
    (void)bytes;
#endif
}

#endif
