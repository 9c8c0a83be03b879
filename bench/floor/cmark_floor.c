/* The Markdown floor of the Casebook benchmark: cmark-gfm rendering every body of a corpus, one document
 * after another, in one process on one thread, with the extensions and options Casebook uses (table,
 * strikethrough, autolink, tagfilter, tasklist; footnotes; double-tilde strikethrough; table alignment as
 * style). All files are read into memory first; only parsing and rendering are timed.
 *
 *   cmark_floor CONTENT_DIR        → prints: docs bytes_in bytes_out wall_s cpu_s
 *
 * Bodies are the text after the YAML front matter of every *.md file under CONTENT_DIR.
 * Build: gcc -O2 -o cmark_floor cmark_floor.c -lcmark-gfm-extensions -lcmark-gfm
 */
#define _XOPEN_SOURCE 700
#include <cmark-gfm.h>
#include <cmark-gfm-core-extensions.h>
#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

typedef struct { char *text; size_t length; } Body;
static Body *bodies;
static size_t count, capacity;

static const char *skip_front_matter(const char *text, size_t *length) {
    if (*length < 4 || strncmp(text, "---\n", 4) != 0) return text;
    const char *end = strstr(text + 4, "\n---\n");
    if (!end) return text;
    const char *body = end + 5;
    *length -= (size_t)(body - text);
    return body;
}

static int visit(const char *path, const struct stat *info, int kind, struct FTW *ftw) {
    (void)info; (void)ftw;
    size_t n = strlen(path);
    if (kind != FTW_F || n < 3 || strcmp(path + n - 3, ".md") != 0) return 0;
    FILE *file = fopen(path, "rb");
    if (!file) { perror(path); exit(1); }
    fseek(file, 0, SEEK_END);
    long size = ftell(file);
    fseek(file, 0, SEEK_SET);
    char *text = malloc((size_t)size + 1);
    if (fread(text, 1, (size_t)size, file) != (size_t)size) { perror(path); exit(1); }
    text[size] = 0;
    fclose(file);
    size_t length = (size_t)size;
    const char *body = skip_front_matter(text, &length);
    if (count == capacity) { capacity = capacity ? capacity * 2 : 1024; bodies = realloc(bodies, capacity * sizeof *bodies); }
    bodies[count].text = strndup(body, length);
    bodies[count].length = length;
    count++;
    free(text);
    return 0;
}

static double seconds(clockid_t clock) {
    struct timespec t;
    clock_gettime(clock, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

int main(int argc, char **argv) {
    if (argc != 2) { fprintf(stderr, "usage: cmark_floor CONTENT_DIR\n"); return 2; }
    if (nftw(argv[1], visit, 32, FTW_PHYS) != 0) { perror(argv[1]); return 1; }
    if (count == 0) { fprintf(stderr, "cmark_floor: no .md file under %s\n", argv[1]); return 1; }

    cmark_gfm_core_extensions_ensure_registered();
    const char *names[] = {"table", "strikethrough", "autolink", "tagfilter", "tasklist"};
    cmark_syntax_extension *extensions[5];
    cmark_llist *list = NULL;
    for (int i = 0; i < 5; i++) {
        extensions[i] = cmark_find_syntax_extension(names[i]);
        if (!extensions[i]) { fprintf(stderr, "cmark_floor: no extension %s\n", names[i]); return 1; }
        list = cmark_llist_append(cmark_get_default_mem_allocator(), list, extensions[i]);
    }
    const int parse_options = CMARK_OPT_FOOTNOTES | CMARK_OPT_STRIKETHROUGH_DOUBLE_TILDE;
    const int render_options = parse_options | CMARK_OPT_TABLE_PREFER_STYLE_ATTRIBUTES;

    size_t bytes_in = 0, bytes_out = 0;
    double wall = seconds(CLOCK_MONOTONIC), cpu = seconds(CLOCK_PROCESS_CPUTIME_ID);
    for (size_t i = 0; i < count; i++) {
        cmark_parser *parser = cmark_parser_new(parse_options);
        for (int e = 0; e < 5; e++) cmark_parser_attach_syntax_extension(parser, extensions[e]);
        cmark_parser_feed(parser, bodies[i].text, bodies[i].length);
        cmark_node *document = cmark_parser_finish(parser);
        char *html = cmark_render_html(document, render_options, list);
        bytes_in += bodies[i].length;
        bytes_out += strlen(html);
        free(html);
        cmark_node_free(document);
        cmark_parser_free(parser);
    }
    wall = seconds(CLOCK_MONOTONIC) - wall;
    cpu = seconds(CLOCK_PROCESS_CPUTIME_ID) - cpu;
    printf("%zu %zu %zu %.4f %.4f\n", count, bytes_in, bytes_out, wall, cpu);
    return 0;
}
