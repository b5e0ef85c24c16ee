// libxml2 under our own module name: Foundation on Linux links libxml2 too.
// ICU support is switched off before the other headers are read, because its
// headers clash with Foundation's own ICU (see shared/NOTES.md). That changes
// the encoding-handler struct's layout: never read its fields from Swift.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/tree.h>
#include <libxml/xmlreader.h>
#include <libxml/xmlwriter.h>
#include <libxml/entities.h>
#include <libxml/globals.h>

// xmlFree is a macro over a per-thread function pointer; Swift cannot call it.
static inline void fazhi_xml_free(void *pointer) { xmlFree(pointer); }
