#ifndef ERGRAPH_CGRAPHVIZ_SHIM_H
#define ERGRAPH_CGRAPHVIZ_SHIM_H

#include <stdlib.h>
#include <string.h>
#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>

/* DOT text being read by agread. */
typedef struct {
    const char *data;
    size_t length;
    size_t cursor;
} ergraph_dot_reader;

/* Reads one line (at most size bytes) of the DOT text, as cgraph's reader expects. */
static int ergraph_dot_read(void *channel, char *buffer, int size) {
    ergraph_dot_reader *reader = (ergraph_dot_reader *)channel;
    int count = 0;
    while (count < size && reader->cursor < reader->length) {
        char c = reader->data[reader->cursor++];
        buffer[count++] = c;
        if (c == '\n') break;
    }
    return count;
}

/* Declines to map names to IDs, so that cgraph gives every named object a sequential ID and
   keeps the name in its internal map. The default discipline uses the address of the interned
   name as the ID, which orders subgraphs by heap address and changes the output from run to run. */
static long ergraph_sequential_id_map(void *state, int objtype, char *name, IDTYPE *id, int create) {
    if (name) return 0;
    return AgIdDisc.map(state, objtype, name, id, create);
}

/* Reads a graph from DOT text with sequential object IDs (deterministic output). Returns NULL
   on a syntax error. The disciplines are static: the graph refers to them until agclose. */
static inline Agraph_t *ergraph_read_dot(const char *text) {
    static Agiddisc_t ids;
    static Agiodisc_t io;
    static Agdisc_t discipline;
    ids = AgIdDisc;
    ids.map = ergraph_sequential_id_map;
    io = AgIoDisc;
    io.afread = ergraph_dot_read;
    discipline.mem = &AgMemDisc;
    discipline.id = &ids;
    discipline.io = &io;
    ergraph_dot_reader reader = { text, strlen(text), 0 };
    return agread(&reader, &discipline);
}

/* The tail and head of an edge (macros in cgraph.h, which Swift cannot call). */
static inline Agnode_t *ergraph_edge_tail(Agedge_t *edge) { return agtail(edge); }
static inline Agnode_t *ergraph_edge_head(Agedge_t *edge) { return aghead(edge); }

/* Orders clusters by name. */
static int ergraph_cluster_order(const void *left, const void *right) {
    Agraph_t *a = *(Agraph_t * const *)left;
    Agraph_t *b = *(Agraph_t * const *)right;
    return strcmp(agnameof(a), agnameof(b));
}

/* Puts the laid-out clusters of g (and of its clusters) in name order. Some layout steps
   collect clusters in an order that depends on heap addresses, so the drawing order of the
   cluster backgrounds would change from run to run; positions are not affected. */
static inline void ergraph_sort_clusters(Agraph_t *g) {
    int count = GD_n_cluster(g);
    if (count > 1) qsort(GD_clust(g) + 1, (size_t)count, sizeof(Agraph_t *), ergraph_cluster_order);
    for (int index = 1; index <= count; index++) ergraph_sort_clusters(GD_clust(g)[index]);
}

#endif
