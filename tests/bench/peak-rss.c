/*
 * peak-rss PROGRAM ARGS...: runs PROGRAM and prints its peak resident memory in KiB.
 *
 * A child inherits the high-water mark of the memory it was started from (exec keeps the
 * larger of the two), so pcitopo-bench, grown by the runs before, measures a process through
 * this launcher of a few hundred KiB, not directly.
 */
#include <spawn.h>
#include <stdio.h>
#include <sys/resource.h>
#include <sys/wait.h>

extern char **environ;

int main(int argc, char *argv[])
{
    if (argc < 2) {
        fprintf(stderr, "usage: peak-rss PROGRAM [ARGS...]\n");
        return 2;
    }
    pid_t pid = 0;
    if (posix_spawn(&pid, argv[1], NULL, NULL, argv + 1, environ) != 0) {
        perror(argv[1]);
        return 127;
    }
    int status = 0;
    struct rusage usage = {0};
    if (wait4(pid, &status, 0, &usage) < 0) {
        perror("wait4");
        return 127;
    }
    printf("%ld\n", usage.ru_maxrss);
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128;
}
