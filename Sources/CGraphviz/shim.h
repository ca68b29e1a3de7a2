#ifndef ERGRAPH_CGRAPHVIZ_SHIM_H
#define ERGRAPH_CGRAPHVIZ_SHIM_H

#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>

/// Reads a graph from DOT text; wraps agmemread so that Swift never touches the C globals.
static inline Agraph_t *ergraph_read_dot(const char *text) {
    return agmemread(text);
}

#endif
