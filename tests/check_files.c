/* Unit tests of what the CLI writes in its directories: atomic writes that
 * never go through a link, the temporaries' names and their cleanup, and a
 * state file that cannot be kept aside. */
#include <check.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "files.h"
#include "state.h"
#include "sizes.h"


static char dir[64];
static int dirfd_;

static void make_dir(void)
{
    snprintf(dir, sizeof dir, "/tmp/check_files.XXXXXX");
    ck_assert_ptr_nonnull(mkdtemp(dir));
    dirfd_ = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    ck_assert_int_ge(dirfd_, 0);
}

/* Under CK_FORK each test runs in a child: the directory goes with it. */
static void remove_dir(void)
{
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    ck_assert_int_eq(system(cmd), 0);
    close(dirfd_);
}

static void put_file(const char *name, const char *text)
{
    int fd = openat(dirfd_, name, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    ck_assert_int_ge(fd, 0);
    ck_assert_int_eq(write(fd, text, strlen(text)), (ssize_t)strlen(text));
    close(fd);
}

/* The names in the directory, sorted, one a line. */
static char *listing(void)
{
    char cmd[160];
    snprintf(cmd, sizeof cmd, "ls -A '%s' | LC_ALL=C sort", dir);
    FILE *p = popen(cmd, "r");
    ck_assert_ptr_nonnull(p);
    static char buf[4096];
    size_t n = fread(buf, 1, sizeof buf - 1, p);
    buf[n] = '\0';
    pclose(p);
    return buf;
}

typedef struct temp_case {
    const char *name;
    const char *target; /* NULL: not a temporary */
} temp_case;

static const temp_case temp_cases[] = {
    {".index.jsonl.decruft-tmp.Ab12Cd", "index.jsonl"},
    {".a.decruft-tmp.zzzzzz", "a"},
    {"...decruft-tmp.Ab12Cd", "."},
    {"..decruft-tmp.Ab12Cd", NULL},
    {".decruft-tmp.Ab12Cd", NULL},
    {"index.jsonl.decruft-tmp.Ab12Cd", NULL},
    {".index.jsonl.decruft-tmp.Ab12C", NULL},
    {".index.jsonl.decruft-tmp.Ab12Cd7", NULL},
    {".index.jsonl.decruft-tmp.Ab-2Cd", NULL},
    {".index.jsonl.decruft-tmp.Ab12C\xc3", NULL},
    {".index.jsonl.Ab12Cd", NULL},
    {".state.jsonl.backup", NULL},
    {".index.jsonl.decruft-tmpXAb12Cd", NULL},
    {"", NULL},
    {".", NULL},
};

START_TEST(test_temp_name)
{
    const temp_case *c = &temp_cases[_i];
    const char *target = NULL;
    size_t len = 0;
    int is = cli_is_temp_name(c->name, &target, &len);
    ck_assert_msg(is == (c->target != NULL), "%s", c->name);
    if (c->target) {
        ck_assert_uint_eq(len, strlen(c->target));
        ck_assert(memcmp(target, c->target, len) == 0);
    }
}
END_TEST

START_TEST(test_write_new_and_again)
{
    make_dir();
    char err[256];
    mode_t old = umask(027);
    ck_assert_int_eq(cli_write_atomic(dirfd_, dir, "a.txt", "one\n", 4, err, sizeof err), 0);
    ck_assert_int_eq(cli_write_atomic(dirfd_, dir, "a.txt", "two\n", 4, err, sizeof err), 0);
    umask(old);
    struct stat st;
    ck_assert_int_eq(fstatat(dirfd_, "a.txt", &st, 0), 0);
    ck_assert_uint_eq(st.st_mode & 07777, 0640);
    ck_assert_int_eq(st.st_size, 4);
    ck_assert_str_eq(listing(), "a.txt\n");
    remove_dir();
}
END_TEST

/* A name so long that a temporary with all of it would be over NAME_MAX. */
START_TEST(test_write_long_name)
{
    make_dir();
    char name[251], err[512];
    memset(name, 'n', sizeof name - 1);
    name[sizeof name - 1] = '\0';
    ck_assert_int_eq(cli_write_atomic(dirfd_, dir, name, "x", 1, err, sizeof err), 0);
    struct stat st;
    ck_assert_int_eq(fstatat(dirfd_, name, &st, 0), 0);
    remove_dir();
}
END_TEST

START_TEST(test_write_not_through_link)
{
    make_dir();
    put_file("victim", "mine");
    ck_assert_int_eq(symlinkat("victim", dirfd_, "a.txt"), 0);
    ck_assert_int_eq(symlinkat("nowhere", dirfd_, "b.txt"), 0);
    char err[512], want[256];
    ck_assert_int_eq(cli_write_atomic(dirfd_, dir, "a.txt", "new", 3, err, sizeof err), -1);
    snprintf(want, sizeof want, "%s/a.txt is a symbolic link, not a regular file; left alone",
             dir);
    ck_assert_str_eq(err, want);
    ck_assert_int_eq(cli_write_atomic(dirfd_, dir, "b.txt", "new", 3, err, sizeof err), -1);
    /* Nothing written, nothing created, no temporary left. */
    ck_assert_str_eq(listing(), "a.txt\nb.txt\nvictim\n");
    char buf[8] = "";
    int fd = openat(dirfd_, "victim", O_RDONLY);
    ck_assert_int_eq(read(fd, buf, sizeof buf - 1), 4);
    close(fd);
    ck_assert_str_eq(buf, "mine");
    remove_dir();
}
END_TEST

START_TEST(test_open_regular_kinds)
{
    make_dir();
    char err[512];
    ck_assert_int_eq(mkfifoat(dirfd_, "fifo", 0600), 0);
    ck_assert_int_eq(mkdirat(dirfd_, "sub", 0700), 0);
    ck_assert_int_eq(cli_open_regular(dirfd_, dir, "fifo", O_RDONLY, err, sizeof err), -1);
    ck_assert_ptr_nonnull(strstr(err, "/fifo is a FIFO, not a regular file"));
    ck_assert_int_eq(cli_open_regular(dirfd_, dir, "sub", O_RDWR | O_CREAT, err, sizeof err), -1);
    ck_assert_ptr_nonnull(strstr(err, "/sub is a directory, not a regular file"));
    ck_assert_int_eq(cli_open_regular(dirfd_, dir, "none", O_RDONLY, err, sizeof err), -1);
    ck_assert_int_eq(errno, ENOENT);
    remove_dir();
}
END_TEST

START_TEST(test_stale_temps)
{
    make_dir();
    put_file(".index.jsonl.decruft-tmp.Ab12Cd", "stale");
    put_file(".state.jsonl.decruft-tmp.Ab12Cd", "stale");
    put_file(".host_page-0123456789ab.txt.decruft-tmp.Zz99Yy", "stale");
    put_file(".host_page-0123456789AB.txt.decruft-tmp.Zz99Yy", "mine");
    put_file(".mine.txt.decruft-tmp.Ab12Cd", "mine");
    put_file(".state.jsonl.backup", "mine");
    put_file(".index.jsonl.Ab12Cd", "mine");
    ck_assert_int_eq(symlinkat(".state.jsonl.backup", dirfd_, ".state.jsonl.decruft-tmp.Ln12Ab"),
                     0);
    ck_assert_int_eq(mkdirat(dirfd_, ".index.jsonl.decruft-tmp.Dr12Ab", 0700), 0);
    ck_assert_int_eq(cli_remove_stale_temps(dirfd_), 3);
    ck_assert_str_eq(listing(), ".host_page-0123456789AB.txt.decruft-tmp.Zz99Yy\n"
                                ".index.jsonl.Ab12Cd\n"
                                ".index.jsonl.decruft-tmp.Dr12Ab\n"
                                ".mine.txt.decruft-tmp.Ab12Cd\n"
                                ".state.jsonl.backup\n"
                                ".state.jsonl.decruft-tmp.Ln12Ab\n");
    /* Twice on one descriptor: the second pass reads the directory again. */
    put_file(".index.jsonl.decruft-tmp.Ab12Cd", "stale");
    ck_assert_int_eq(cli_remove_stale_temps(dirfd_), 1);
    remove_dir();
}
END_TEST

/* Bad lines, and a file already at every name the copy could take: the
 * state is refused and state.jsonl left as it was. */
START_TEST(test_state_aside_taken)
{
    make_dir();
    put_file("state.jsonl", "garbage\n");
    time_t now = time(NULL);
    for (int i = 0; i < 10; i++) {
        time_t t = now + i;
        struct tm tm;
        char stamp[32], name[64];
        strftime(stamp, sizeof stamp, "%Y%m%dT%H%M%SZ", gmtime_r(&t, &tm));
        snprintf(name, sizeof name, "state.jsonl.corrupt-%s", stamp);
        put_file(name, "older");
    }
    char msg[512];
    cli_state *s = cli_state_load(dirfd_, dir, msg, sizeof msg);
    ck_assert_ptr_null(s);
    ck_assert_ptr_nonnull(strstr(msg, "/state.jsonl has lines that are not state entries, and "
                                      "cannot be kept as state.jsonl.corrupt-"));
    ck_assert_ptr_nonnull(strstr(msg, ": File exists"));
    char buf[16] = "";
    int fd = openat(dirfd_, "state.jsonl", O_RDONLY);
    ck_assert_int_eq(read(fd, buf, sizeof buf - 1), 8);
    close(fd);
    ck_assert_str_eq(buf, "garbage\n");
    remove_dir();
}
END_TEST

START_TEST(test_state_blank_lines)
{
    make_dir();
    put_file("state.jsonl", "\n\n");
    char msg[512];
    cli_state *s = cli_state_load(dirfd_, dir, msg, sizeof msg);
    ck_assert_ptr_nonnull(s);
    ck_assert_str_eq(msg, "");
    cli_state_free(s);
    ck_assert_str_eq(listing(), "state.jsonl\n");
    remove_dir();
}
END_TEST

static Suite *files_suite(void)
{
    Suite *s = suite_create("files");
    TCase *tc = tcase_create("core");
    tcase_add_loop_test(tc, test_temp_name, 0, DCX_COUNTOF(temp_cases));
    tcase_add_test(tc, test_write_new_and_again);
    tcase_add_test(tc, test_write_long_name);
    tcase_add_test(tc, test_write_not_through_link);
    tcase_add_test(tc, test_open_regular_kinds);
    tcase_add_test(tc, test_stale_temps);
    tcase_add_test(tc, test_state_aside_taken);
    tcase_add_test(tc, test_state_blank_lines);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(files_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
