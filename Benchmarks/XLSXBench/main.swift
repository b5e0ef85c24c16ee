import Export
import Foundation

// xlsx-bench ROWS OUTPUT.xlsx: the XLSX writer on a synthetic sheet (text
// with Chinese, integers, floats), the same rows Benchmarks/xlsx/
// libxlsxwriter_bench.c writes, for `make bench` to time side by side.
let arguments = CommandLine.arguments
guard arguments.count == 3, let rows = Int(arguments[1]), rows >= 0 else {
    FileHandle.standardError.write(Data("usage: xlsx-bench ROWS OUTPUT.xlsx\n".utf8))
    exit(2)
}

/// Row `i` of the workload; the same as the C program's.
func syntheticRow(_ i: Int) -> [XLSXCell] {
    [
        .text("锦丰镇第\(i)号调解案件"), .number(Double((i * 7919) % 1_000_003)), .number(Double(i) / 7.0),
        .text("Report \(i % 1000) 法治政府建设年度报告"), .number(Double(i % 1000) * 1.5),
    ]
}

do {
    let packager = try XLSXPackager(destination: URL(fileURLWithPath: arguments[2]), title: "xlsx-bench")
    try packager.addSheet(SheetLayout(name: "数据", header: ["名称", "编号", "比率", "报告", "数值"]), rows: (0..<rows).lazy.map(syntheticRow))
    try packager.close()
} catch {
    FileHandle.standardError.write(Data("xlsx-bench: \(error)\n".utf8))
    exit(1)
}
