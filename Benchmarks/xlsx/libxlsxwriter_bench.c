/*
 * libxlsxwriter_bench ROWS OUTPUT.xlsx
 *
 * The reference half of Benchmarks/xlsx-bench.sh: writes the same workload as
 * our Swift `xlsx-bench` with libxlsxwriter in constant-memory mode, so the
 * two can be timed side by side.
 *
 * One worksheet "数据". Row 0 is a bold header: 名称, 编号, 比率, 报告, 数值.
 * Then for i in 0..<ROWS, row i+1:
 *   A  string  "锦丰镇第%d号调解案件" % i
 *   B  number  (double)((i * 7919LL) % 1000003)
 *   C  number  (double)i / 7.0
 *   D  string  "Report %d 法治政府建设年度报告" % (i % 1000)
 *   E  number  (double)(i % 1000) * 1.5
 * The header row is frozen and an autofilter covers A1:E(ROWS+1).
 * Constant-memory mode writes strings inline (no shared-string table).
 *
 * Build: gcc -O2 -o BIN Benchmarks/xlsx/libxlsxwriter_bench.c -lxlsxwriter
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <xlsxwriter.h>

static void fail(const char *what, lxw_error error) {
    fprintf(stderr, "libxlsxwriter_bench: %s: %s (%d)\n", what,
            lxw_strerror(error), (int)error);
    exit(1);
}

int main(int argc, char **argv) {
    if (argc != 3) {
        fprintf(stderr, "usage: %s ROWS OUTPUT.xlsx\n", argv[0]);
        return 2;
    }
    char *end = NULL;
    errno = 0;
    long long rows = strtoll(argv[1], &end, 10);
    if (errno != 0 || end == argv[1] || *end != '\0' || rows < 0 ||
        rows > LXW_ROW_MAX - 1) {
        fprintf(stderr, "libxlsxwriter_bench: ROWS must be 0..%d, got '%s'\n",
                LXW_ROW_MAX - 1, argv[1]);
        return 2;
    }

    lxw_workbook_options options = {.constant_memory = LXW_TRUE, .tmpdir = NULL};
    lxw_workbook *workbook = workbook_new_opt(argv[2], &options);
    if (workbook == NULL) {
        fprintf(stderr, "libxlsxwriter_bench: cannot create workbook %s\n", argv[2]);
        return 1;
    }
    lxw_worksheet *worksheet = workbook_add_worksheet(workbook, "数据");
    if (worksheet == NULL) {
        fprintf(stderr, "libxlsxwriter_bench: cannot add worksheet\n");
        return 1;
    }
    lxw_format *bold = workbook_add_format(workbook);
    if (bold == NULL) {
        fprintf(stderr, "libxlsxwriter_bench: cannot add format\n");
        return 1;
    }
    format_set_bold(bold);

    worksheet_freeze_panes(worksheet, 1, 0);
    lxw_error error = worksheet_autofilter(worksheet, 0, 0, (lxw_row_t)rows, 4);
    if (error != LXW_NO_ERROR) fail("autofilter", error);

    static const char *const header[] = {"名称", "编号", "比率", "报告", "数值"};
    for (lxw_col_t col = 0; col < 5; col++) {
        error = worksheet_write_string(worksheet, 0, col, header[col], bold);
        if (error != LXW_NO_ERROR) fail("header", error);
    }

    char name[64], report[64];
    for (long long i = 0; i < rows; i++) {
        lxw_row_t row = (lxw_row_t)(i + 1);
        snprintf(name, sizeof name, "锦丰镇第%lld号调解案件", i);
        snprintf(report, sizeof report, "Report %lld 法治政府建设年度报告", i % 1000);
        if ((error = worksheet_write_string(worksheet, row, 0, name, NULL)) != LXW_NO_ERROR ||
            (error = worksheet_write_number(worksheet, row, 1,
                                            (double)((i * 7919LL) % 1000003), NULL)) != LXW_NO_ERROR ||
            (error = worksheet_write_number(worksheet, row, 2, (double)i / 7.0, NULL)) != LXW_NO_ERROR ||
            (error = worksheet_write_string(worksheet, row, 3, report, NULL)) != LXW_NO_ERROR ||
            (error = worksheet_write_number(worksheet, row, 4,
                                            (double)(i % 1000) * 1.5, NULL)) != LXW_NO_ERROR) {
            char what[64];
            snprintf(what, sizeof what, "row %lld", i + 1);
            fail(what, error);
        }
    }

    error = workbook_close(workbook);
    if (error != LXW_NO_ERROR) fail("close", error);
    return 0;
}
