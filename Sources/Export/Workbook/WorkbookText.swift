import PipelineCore

/// The words of report.xlsx in the pipeline's sheet language.
struct WorkbookText {
    let language: PipelineConfig.SheetLanguage

    enum Sheet: CaseIterable {
        case summary, panel, comparison, values, evidence, compliance, problems, indicators
    }

    func name(of sheet: Sheet) -> String {
        switch (sheet, language) {
        case (.summary, .zh): return "说明"
        case (.panel, .zh): return "面板"
        case (.comparison, .zh): return "多年比较"
        case (.values, .zh): return "指标值"
        case (.evidence, .zh): return "证据"
        case (.compliance, .zh): return "合规"
        case (.problems, .zh): return "问题"
        case (.indicators, .zh): return "指标说明"
        case (.summary, .en): return "Summary"
        case (.panel, .en): return "Panel"
        case (.comparison, .en): return "Comparison"
        case (.values, .en): return "Values"
        case (.evidence, .en): return "Evidence"
        case (.compliance, .en): return "Compliance"
        case (.problems, .en): return "Problems"
        case (.indicators, .en): return "Indicators"
        }
    }

    /// The note on a panel value: the sentence it was read from, in the
    /// report's own script, and the document.
    func evidenceNote(evidence: String, document: String) -> String {
        language == .zh ? "证据：\(evidence)\n文件：\(document)" : "Evidence: \(evidence)\nDocument: \(document)"
    }

    /// The label of the comparison's yearly totals block, by how the indicator is totalled.
    func totalLabel(mean: Bool) -> String {
        switch (language, mean) {
        case (.zh, false): return "年度合计"
        case (.zh, true): return "年度平均"
        case (.en, false): return "yearly total"
        case (.en, true): return "yearly mean"
        }
    }

    var summaryHeader: [String] { language == .zh ? ["项目", "内容"] : ["item", "value"] }

    func summaryLabel(_ key: SummarySheet.Item) -> String {
        switch (key, language) {
        case (.pipeline, .zh): return "流水线"
        case (.documents, .zh): return "文件数"
        case (.readable, .zh): return "可读文件"
        case (.townships, .zh): return "乡镇（街道）数"
        case (.years, .zh): return "年份"
        case (.values, .zh): return "指标值"
        case (.errors, .zh): return "错误"
        case (.warnings, .zh): return "警告"
        case (.warning, .zh): return "警告示例"
        case (.reading, .zh): return "阅读说明"
        case (.pipeline, .en): return "pipeline"
        case (.documents, .en): return "documents"
        case (.readable, .en): return "readable documents"
        case (.townships, .en): return "townships"
        case (.years, .en): return "years"
        case (.values, .en): return "indicator values"
        case (.errors, .en): return "errors"
        case (.warnings, .en): return "warnings"
        case (.warning, .en): return "warning"
        case (.reading, .en): return "how to read"
        }
    }

    /// One line per sheet: what it holds and how to read it.
    var readingGuide: [String] {
        let names = Sheet.allCases.map(name)
        if language == .zh {
            return [
                "\(names[1])：每个乡镇（街道）每年一行、每个指标一列；值单元格的批注给出证据原句（报告原文字体）和来源文件。",
                "\(names[2])：每个乡镇每个指标一行，列出各年数值、最近两年的变化量和变化率（下降红色、上升绿色）；表下为各指标的年度合计，右侧折线图即据此绘制。",
                "\(names[3])：每份报告每个指标选用的数值、限定词（约、余、不足等）和证据句。",
                "\(names[4])：报告中提及指标的每一处原句；chosen=1 为选用的那一处。",
                "\(names[5])：报告是否包含法定的各部分（主要举措和成效、第一责任人职责、不足和原因、下一年度安排）。",
                "\(names[6])：读取、规范化和抽取中遇到的问题，每行注明文件、阶段和原因。",
                "\(names[7])：指标的中英文名称、单位、取值规则，以及有多少份报告给出了该指标。",
                "百分比以百分比格式显示；其余数值为原值。与同目录下的 CSV 文件内容一致。",
            ]
        }
        return [
            "\(names[1]): one row per township and year, one column per indicator; each value's note quotes its evidence sentence (in the report's own script) and document.",
            "\(names[2]): one row per township and indicator with the yearly values, the change between the last two reported years and its percentage (red down, green up); below the table each indicator's yearly total, which the line charts on the right plot.",
            "\(names[3]): the value picked for each document and indicator, with its qualifier (about, over, under) and evidence.",
            "\(names[4]): every sentence that mentions an indicator; chosen=1 marks the one picked.",
            "\(names[5]): whether each report has the sections the national rules require.",
            "\(names[6]): every problem met while reading, with file, stage and reason.",
            "\(names[7]): each indicator's names, unit and rule, and how many reports state it.",
            "Percentages use a percent format; other numbers are as reported. The CSV files beside this workbook hold the same tables.",
        ]
    }
}
