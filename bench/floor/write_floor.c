/* The file-writing floor of the Casebook benchmark: creating the same folders and writing the same number of
 * files, of the same sizes, as a Casebook output, into a fresh folder, in one process on one thread.
 * The manifest is read and the buffers are prepared first; only mkdir/open/write/close are timed.
 *
 *   write_floor MANIFEST DEST      → prints: files bytes wall_s cpu_s
 *
 * MANIFEST lines: "D<TAB>relative/folder" (parents before children) or "<size><TAB>relative/file".
 * Build: gcc -O2 -o write_floor write_floor.c
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

typedef struct { char *path; long size; } Entry;  /* size < 0: a folder */

static double seconds(clockid_t clock) {
    struct timespec t;
    clock_gettime(clock, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

int main(int argc, char **argv) {
    if (argc != 3) { fprintf(stderr, "usage: write_floor MANIFEST DEST\n"); return 2; }
    FILE *manifest = fopen(argv[1], "r");
    if (!manifest) { perror(argv[1]); return 1; }
    Entry *entries = NULL;
    size_t count = 0, capacity = 0;
    long largest = 0;
    char *line = NULL;
    size_t line_capacity = 0;
    ssize_t n;
    while ((n = getline(&line, &line_capacity, manifest)) > 0) {
        if (line[n - 1] == '\n') line[--n] = 0;
        char *tab = strchr(line, '\t');
        if (!tab || tab[1] == 0) continue;
        *tab = 0;
        long size = strcmp(line, "D") == 0 ? -1 : atol(line);
        char path[8192];
        snprintf(path, sizeof path, "%s/%s", argv[2], tab + 1);
        if (count == capacity) { capacity = capacity ? capacity * 2 : 4096; entries = realloc(entries, capacity * sizeof *entries); }
        entries[count].path = strdup(path);
        entries[count].size = size;
        count++;
        if (size > largest) largest = size;
    }
    fclose(manifest);
    char *buffer = malloc((size_t)largest + 1);
    static const char pattern[] = "<p>工业互联网安全深度行</p>\n";
    for (long i = 0; i < largest; i++) buffer[i] = pattern[i % (long)(sizeof pattern - 1)];

    size_t files = 0, bytes = 0;
    double wall = seconds(CLOCK_MONOTONIC), cpu = seconds(CLOCK_PROCESS_CPUTIME_ID);
    if (mkdir(argv[2], 0755) != 0 && errno != EEXIST) { perror(argv[2]); return 1; }
    for (size_t i = 0; i < count; i++) {
        if (entries[i].size < 0) {
            if (mkdir(entries[i].path, 0755) != 0 && errno != EEXIST) { perror(entries[i].path); return 1; }
            continue;
        }
        int fd = open(entries[i].path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
        if (fd < 0) { perror(entries[i].path); return 1; }
        long done = 0;
        while (done < entries[i].size) {
            ssize_t w = write(fd, buffer + done, (size_t)(entries[i].size - done));
            if (w < 0) { perror(entries[i].path); return 1; }
            done += w;
        }
        close(fd);
        files++;
        bytes += (size_t)entries[i].size;
    }
    wall = seconds(CLOCK_MONOTONIC) - wall;
    cpu = seconds(CLOCK_PROCESS_CPUTIME_ID) - cpu;
    printf("%zu %zu %.4f %.4f\n", files, bytes, wall, cpu);
    return 0;
}
