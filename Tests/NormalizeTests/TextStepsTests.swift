import Testing
@testable import Normalize

/// Width folding, spacing, furniture and line joining, each on its own.
@Suite struct TextStepsTests {
    func run(_ text: String, _ step: (MappedText) -> MappedText) -> String {
        step(MappedText(original: text)).text
    }

    @Test func widthFoldingIsOneForOne() {
        var text = MappedText(original: "受理纠纷３３起，成功率１００％（全年）")
        WidthFolder.fold(&text)
        #expect(text.text == "受理纠纷33起,成功率100%(全年)")
        #expect(text.origins == Array(0..<text.count))
    }

    @Test func pinyinAfterCharactersIsDroppedKeepingOrigins() {
        let stripped = PinyinAnnotations.strip(MappedText(original: "办理行政复(fù)议3件，學（xué）法5次"))
        #expect(stripped.text == "办理行政复议3件，學法5次")
        #expect(stripped.origins[5] == 9)  // 议 keeps its place in the original
        for kept in ["(一)加强学习", "附件(PDF)", "办法(试行)", "条例(2023年)", "镇(fu", "x(fù)"] {
            #expect(run(kept, PinyinAnnotations.strip) == kept)
        }
    }

    @Test func spacesInsideChineseTextAreRemovedButLatinWordsKeepTheirs() {
        #expect(run("主动公开政府信息 141 条", SpacingCleaner.clean) == "主动公开政府信息141条")
        #expect(run("2023 年度报告", SpacingCleaner.clean) == "2023年度报告")
        #expect(run("报     告", SpacingCleaner.clean) == "报告")
        #expect(run("  调处成功率 100% ", SpacingCleaner.clean) == "调处成功率100%")
        #expect(run("open data 平台", SpacingCleaner.clean) == "open data 平台")
        // Two numbers side by side are two figures, not one number.
        #expect(run("受理纠纷 1562  1488", SpacingCleaner.clean) == "受理纠纷1562 1488")
        // Two or more rows of a table written as text: their cells get bars; one spaced line alone, or
        // wide gaps in a sentence (PDF text), do not.
        #expect(run("人民调解受理纠纷（件）     1562      1488\n行政复议案件\t12件\t-14.3%", SpacingCleaner.clean)
                == "人民调解受理纠纷（件） | 1562 | 1488\n行政复议案件 | 12件 | -14.3%")
        #expect(run("人民调解受理纠纷（件）     1562      1488", SpacingCleaner.clean) == "人民调解受理纠纷（件）1562 1488")
        #expect(run("调解纠纷  139  起，调解成功  136  起\n受理信访件  31  件，办结  30  件", SpacingCleaner.clean)
                == "调解纠纷139起，调解成功136起\n受理信访件31件，办结30件")
    }

    @Test func spacingKeepsEachScalarsOrigin() {
        let cleaned = SpacingCleaner.clean(MappedText(original: "共 33 起"))
        #expect(cleaned.text == "共33起")
        #expect(cleaned.origins == [0, 2, 3, 5])
    }

    @Test(arguments: ["抄送：县司法局", "某某镇党政办公室 2021年1月2日印发", "（共印5份）", "— 3 —", "- 12 -", "第3页 共10页",
                      "苏公网安备 32000000000000号", "索引号：0000/2024-00012", "当前位置：首页 > 政务公开"])
    func furnitureLines(_ line: String) {
        var text = MappedText(original: line)
        WidthFolder.fold(&text)
        #expect(FurnitureFilter.isFurniture(SpacingCleaner.clean(text).scalars[...]))
    }

    @Test(arguments: ["全年共调解纠纷120起。", "大政发〔2021〕1号", "2021年1月2日", "二、存在问题", "某某镇人民政府"])
    func reportLinesAreNotFurniture(_ line: String) {
        #expect(!FurnitureFilter.isFurniture(ArraySlice(Array(line.unicodeScalars))))
    }

    @Test func linesBrokenMidSentenceAreRejoined() {
        let broken = "一是强化依法行政意识，全年组织领导干部集体学法活动并邀请律师\n\n开展专题讲座6次，覆盖干部200人次。\n二、存在问题"
        #expect(run(broken, { LineJoiner.join($0) }) == "一是强化依法行政意识，全年组织领导干部集体学法活动并邀请律师开展专题讲座6次，覆盖干部200人次。\n二、存在问题")
    }

    @Test func titlesAddresseesHeadingsAndSignaturesStayOnTheirOwnLines() {
        let text = "某某镇2023年法治政府建设工作情况报告\n某某县人民政府:\n一、主要举措和成效\n(一)强化组织领导\n全年召开会议3次。\n某某镇人民政府\n2024年1月5日"
        #expect(run(text, { LineJoiner.join($0) }) == text)
    }

    @Test func markdownTableRowsStayOnTheirOwnLines() {
        let table = "| 指标名称与完成情况说明 | 2023年 | 同比 |\n|---|---|---|\n| 行政复议案件 | 12件 | -14.3% |\n| 行政诉讼案件 | 8件 | 持平 |"
        #expect(run(table, { LineJoiner.join($0) }) == table)
    }

    @Test func aTitleSplitAfterADanglingWordIsRejoined() {
        #expect(run("关于报送2023年度法治政府建设工作情况的\n报告", { LineJoiner.join($0) }) == "关于报送2023年度法治政府建设工作情况的报告")
    }

    @Test func aLineStartingWithClosingPunctuationContinuesThePreviousOne() {
        #expect(run("成功申报某某社区(全县唯一\n一家村、社区),申报桥头村", { LineJoiner.join($0) }) == "成功申报某某社区(全县唯一一家村、社区),申报桥头村")
    }

    @Test func aHeadingWithBodyTextMayStillBeBroken() {
        let text = "(三)提升执法水平。促进行政执法规范化,邀请镇人大及市级条线部门专家\n开展案卷质量评查活动。"
        #expect(run(text, { LineJoiner.join($0) }) == "(三)提升执法水平。促进行政执法规范化,邀请镇人大及市级条线部门专家开展案卷质量评查活动。")
    }
}
