import Testing
@testable import Extract

/// More ways full reports state figures, in sentences written for these
/// tests (report year 2023): totals after their parts, lists that share a verb
/// or a zero, totals over several years, data tables written as text, and
/// publicity and disclosure phrasings.
@Suite struct ReportPhrasingTests {
    static let cases: [(String, [String])] = [
        // A bare total closing figures of one indicator is their total, not a third part.
        ("镇党委中心组学法6次，机关干部会前学法10次，全年共计16次。", ["law_study_sessions 16 exact"]),
        ("开展以案释法4场，送法下乡5场，以上合计9场。", ["publicity_events 9 exact"]),
        // …not when the figures before it are of different indicators, or it is smaller.
        ("受理信访事项12件，调解纠纷30起，共计42件。", ["mediation_cases 30 exact", "petitions_received 12 exact"]),
        ("2022年受理矛盾纠纷30起，2023年受理矛盾纠纷35起，两年合计65起。", ["mediation_cases 35 exact"]),
        // The parts' own 全年 does not outrank the total; measure words may differ.
        ("全年现场解答群众法律咨询110人次，线上解答咨询40人次，共计150人次。", ["legal_consultations 150 exact"]),
        ("学法4次，举办干部法治培训班2期，全年共计6次。", ["law_study_sessions 6 exact"]),
        // …also when the total repeats the phrase (集体学法合计15次), if the parts add up to it.
        ("全年开展中心组学法4次，会前学法11次，集体学法合计15次。", ["law_study_sessions 15 exact"]),
        ("全年开展中心组学法4次，会前学法11次，集体学法合计16次。", ["law_study_sessions 4 exact"]),
        ("全年中心组专题学法4次，会前学法8次，累计学法12次。", ["law_study_sessions 12 exact"]),
        // Figures no phrase took are parts when they repeat the first part's noun and add up.
        ("全年审查镇政府合同40份、村级合同25份，共计65份。", ["contracts_reviewed 65 exact"]),
        ("全年受理群众信访事项20件、矛盾纠纷70件，共计90件。", ["petitions_received 20 exact"]),
        // The sum of a 其中 breakdown is the whole.
        ("开展法治宣传，其中进村开展法治宣传活动15场，进校园开展法治宣传活动5场，以上合计20场。", ["publicity_events 20 exact"]),
        // A clause opening with a total word closes a 其中 breakdown; 其中的 ('of them') names no part
        // unless its own indicator counted before it.
        ("调委会受理纠纷120起，其中由镇调委会受理的40起，全年调解成功115起。",
         ["mediation_cases 120 exact", "mediation_resolved 115 exact"]),
        ("全年共排查矛盾纠纷90起，两级调委会受理其中的80起，调解成功78起。",
         ["disputes_screened 90 exact", "mediation_cases 80 exact", "mediation_resolved 78 exact"]),
        ("受理纠纷95起，其中土地纠纷12起，调解成功10起。", ["mediation_cases 95 exact"]),
        // …while 其中 after screened disputes opens the mediation count, and its resolved total.
        ("全镇排查矛盾纠纷97起，其中镇调委会受理调解84起，调解成功82起。",
         ["disputes_screened 97 exact", "mediation_cases 84 exact", "mediation_resolved 82 exact"]),
        // The police station's public-order mediation is no people's mediation.
        ("镇派出所全年调处治安纠纷41起，镇调委会全年受理矛盾纠纷356件。", ["mediation_cases 356 exact"]),
        // …while after a breakdown of several kinds it speaks of the whole.
        ("受理矛盾纠纷60起，其中土地纠纷20起、婚姻纠纷30起、其他纠纷10起，调解成功58起。",
         ["mediation_cases 60 exact", "mediation_resolved 58 exact"]),
        ("共排查矛盾纠纷128起，受理调解112起。", ["disputes_screened 128 exact", "mediation_cases 112 exact"]),
        // A bare verb after the screened count is the mediation count, after it the resolved one; the screening
        // words of the count's own phrase veto neither (…开展矛盾纠纷排查，…).
        ("常态化开展矛盾纠纷排查，全镇共排查矛盾纠纷310起，调解280起，调解成功272起。",
         ["disputes_screened 310 exact", "mediation_cases 280 exact", "mediation_resolved 272 exact"]),
        ("镇村两级调委会全年调解纠纷203起，成功197起。", ["mediation_cases 203 exact", "mediation_resolved 197 exact"]),
        ("全年发放法律明白纸1.5万份。", ["publicity_materials 15000 exact"]),
        ("网格员发现并上报矛盾纠纷苗头64起。", ["disputes_screened 64 exact"]),
        // A target before a 其中 figure is no whole it is part of.
        ("对拟签订的合同等开展合法性审查共70件，其中合同审查60件。", ["contracts_reviewed 60 exact"]),
        // Another indicator's verb inside a phrase's gap is the nearer one.
        ("全年两级调解组织共排查矛盾纠纷140起，受理纠纷98起。", ["disputes_screened 140 exact", "mediation_cases 98 exact"]),
        // …unless 的 makes it a modifier of the noun.
        ("全镇各级调解组织共受理排查上报的矛盾纠纷46起。", ["mediation_cases 46 exact"]),
        ("年内承办区政协委员提案3件、区人大代表提出的意见建议9件。", ["cppcc_proposals_handled 3 exact", "npc_proposals_handled 9 exact"]),
        // A longer phrase of one indicator does not run past the figure of a shorter one.
        ("年内承办区政协委员提案3件、区人大代表建议8件。", ["cppcc_proposals_handled 3 exact", "npc_proposals_handled 8 exact"]),
        // Kinds listed before the phrase's own noun (工程、采购等合同) are that noun's.
        ("全年对镇政府签订的工程、物业、租赁等合同进行合法性审查27份。", ["contracts_reviewed 27 exact"]),
        ("对重大决策、规范性文件、合同等开展合法性审查45件。", []),
        // A veto word made a modifier by 的 is not right before a noun after the figure; a verb is.
        ("全年对镇政府制发的3件行政规范性文件开展了合法性审查。", ["normative_docs_reviewed 3 exact"]),
        ("起草2件规范性文件并经合法性审查后印发。", []),
        ("全年制发规范性文件3件。", []),
        // One zero for a list of case kinds.
        ("全年行政复议、行政诉讼案件均为零。", ["admin_litigation_cases 0 exact", "admin_reconsideration_cases 0 exact"]),
        ("全年行政复议、行政诉讼和信访积案均为零。", ["admin_litigation_cases 0 exact", "admin_reconsideration_cases 0 exact"]),
        ("行政复议、行政诉讼败诉案件均为零。", []),
        ("截至12月底：全镇行政诉讼、行政复议案件和检察建议均为零。",
         ["admin_litigation_cases 0 exact", "admin_reconsideration_cases 0 exact", "procuratorial_suggestions 0 exact"]),
        ("全年未发生因执法不当引发的行政复议和行政诉讼案件。", []),
        ("全年行政复议案件和行政诉讼败诉案件均为零。", ["admin_reconsideration_cases 0 exact"]),
        // Narrowing words after the last item, or before the list, cover every item.
        ("行政复议案件和行政诉讼案件被纠错数量均为零。", []),
        ("全年因行政执法引发的行政复议案件和行政诉讼案件均为零。", []),
        // …but a narrowing word in an item of its own narrows only that item.
        ("全年行政执法案件被撤销数、行政复议案件数、行政诉讼案件数均为零。",
         ["admin_litigation_cases 0 exact", "admin_reconsideration_cases 0 exact"]),
        // 零发生 after the list covers it; narrowing words after the first 案件 and a joiner are one more item's.
        ("全年行政复议、行政诉讼案件“零发生”。", ["admin_litigation_cases 0 exact", "admin_reconsideration_cases 0 exact"]),
        ("全年行政复议、行政诉讼案件及行政执法被撤销、纠错案件均为零。",
         ["admin_litigation_cases 0 exact", "admin_reconsideration_cases 0 exact"]),
        // A cause right before the case kind narrows it.
        ("全年未发生征地拆迁引发行政诉讼案件。", []),
        // A negation far before the pair of case kinds covers both.
        ("全年未发生以镇政府为被申请人或被告的行政复议、行政诉讼案件。",
         ["admin_litigation_cases 0 exact", "admin_reconsideration_cases 0 exact"]),
        // A bare answer rate in a disclosure sentence; not in a petition one.
        ("全年收到政府信息公开申请5件，均在法定期限内作出答复，答复率100%。",
         ["disclosure_requests 5 exact", "disclosure_response_rate 100 exact"]),
        ("受理信访事项20件，答复率100%。", ["petitions_received 20 exact"]),
        ("收到政府信息公开申请3件，均依法按期答复。", ["disclosure_requests 3 exact", "disclosure_response_rate 100 exact"]),
        ("全年办理群众来电及各类申请事项400件，按时办结率99.5%，答复率98.8%。", []),
        ("承办人大代表建议7件，其中涉及群众申请低保的建议5件，答复率100%。", ["npc_proposals_handled 7 exact"]),
        // How publicity is also written; training for village representatives reaches no public.
        ("开展“法律七进”活动30余场次。", ["publicity_events 30 over"]),
        ("开展普法活动41场次，覆盖居民5300余人次。", ["publicity_events 41 exact", "publicity_reach 5300 over"]),
        ("组织法律知识轮训，覆盖村民代表90人。", []),
        // Named law activities and themed publicity; a training activity is the officials' study.
        ("在各村开展“法律赶大集”活动15场。", ["publicity_events 15 exact"]),
        ("全年开展“法治文化进万家”活动12场。", ["publicity_events 12 exact"]),
        // (主题宣传 alone is often a safety campaign: 森林防火、防溺水主题宣传.)
        ("开展森林防火、防溺水主题宣传13次。", []),
        ("开展法治培训活动6场。", ["law_study_sessions 6 exact"]),
        // Proactive disclosure written with a list of subjects, or as publishing.
        ("全年公开惠农补贴、低保评审、项目建设等信息85条。", ["disclosure_proactive 85 exact"]),
        ("全年在政府网站发布各类政府信息130条。", ["disclosure_proactive 130 exact"]),
        ("全年依申请公开政府信息3件。", ["disclosure_requests 3 exact"]),
        // …not the villages' or communities' own, nor a job advert or the annual report.
        ("全年督促各村按季度公开村级财务收支、惠民资金发放等信息900条。", []),
        ("通过公众号发布公开招聘网格员信息3条。", []),
        ("督促各村公开扶贫项目、惠民资金等信息380条；镇政府通过门户网站公开政府信息88条。", ["disclosure_proactive 88 exact"]),
        ("公开嘎查务、财务信息200余条。", []),
        ("全年各社区共公开惠民政策、物业管理等信息700余条，街道主动公开政府信息150条。", ["disclosure_proactive 150 exact"]),
        ("各村（社区）全年共公开“三务”信息900余条，镇政府主动公开政府信息160条。", ["disclosure_proactive 160 exact"]),
        ("通过镇信息公开专栏和各村公开栏主动公开政府信息205条。", ["disclosure_proactive 205 exact"]),
        ("各村累计公开惠民政策信息300余条。", []),
        ("各村（居）全年累计公开各类事项信息1320条；乡政府主动公开政府信息205条。", ["disclosure_proactive 205 exact"]),
        ("各村（社区）累计公开惠民政策、低保救助等信息520余条。", []),
        ("按时发布政府信息公开年报1篇。", []),
        // A service hall's applications under a 政务公开 heading are no disclosure requests.
        ("4.深化政务公开。镇便民服务中心全年受理申请事项1800件。", []),
        // A data table written as text: label, colon, figure.
        ("11．法律援助案件：7件", ["legal_aid_cases 7 exact"]),
        // A Markdown table: each cell's figure is its row label's.
        ("| 合同合法性审查 | 158份 | +9.7% | 镇本级合同 |\n| 行政复议案件 | 12件 | -14.3% | 均为被申请人 |\n| 行政诉讼案件 | 8件 | 持平 | 一审 |",
         ["admin_litigation_cases 8 exact", "admin_reconsideration_cases 12 exact", "contracts_reviewed 158 exact"]),
        ("7．行政复议案件：0件", ["admin_reconsideration_cases 0 exact"]),
        ("主要做法：一是加强学习。", []),
        ("10．人民调解案件：96件（调解成功93件）", ["mediation_cases 96 exact", "mediation_resolved 93 exact"]),
        // A colon before a figure that does not end its cell is prose.
        ("法律援助工作：3次上门服务。", []),
        // 签订的合同协议 are contracts, not mediation agreements.
        ("全年由法律顾问审查镇政府签订的各类合同协议38份。", ["contracts_reviewed 38 exact"]),
        ("调解成功的纠纷均签订调解协议，共签订人民调解协议书52份。", ["mediation_resolved 52 exact"]),
        ("经调解当场签订和解协议44份。", ["mediation_resolved 44 exact"]),
        ("综合执法队全年立案处罚315起。", ["enforcement_cases 315 exact"]),
        // 以来 … 累计 from an earlier start counts several years; this year's start does not.
        ("自“八五”普法启动以来，全镇已累计开展法治宣传活动80余场。", []),
        ("今年以来，全镇累计调解矛盾纠纷45起。", ["mediation_cases 45 exact"]),
        ("2023年以来，全镇累计调解矛盾纠纷45起。", ["mediation_cases 45 exact"]),
        ("2021年以来，全镇累计调解矛盾纠纷145起。", []),
        ("自示范村创建以来，镇村干部积极参与，全年累计开展法治宣传活动42场次。", ["publicity_events 42 exact"]),
        ("3月份以来，全镇累计调解矛盾纠纷45起。", ["mediation_cases 45 exact"]),
        ("自去年10月以来，全镇累计调解矛盾纠纷86起。", []),
        ("自2023年4月镇综治中心挂牌运行以来，累计受理矛盾纠纷118起。", ["mediation_cases 118 exact"]),
        ("今年4月，镇综治中心挂牌运行以来，累计受理矛盾纠纷118起。", ["mediation_cases 118 exact"]),
        ("今年4月，从县法院抽调骨干组建调处中心以来，中心累计受理矛盾纠纷70起。", ["mediation_cases 70 exact"]),
        ("2023年4月，镇调解中心挂牌运行以来，累计调解各类矛盾纠纷86起。", ["mediation_cases 86 exact"]),
        ("元月以来，镇里累计受理信访件73件。", ["petitions_received 73 exact"]),
        ("下半年以来，累计开展送法下乡活动14场次。", ["publicity_events 14 exact"]),
        ("今年初，乡矛盾纠纷化解工作站组建以来，累计化解矛盾纠纷58起。", ["mediation_cases 58 exact"]),
        ("2023年10月18日，街道调处中心揭牌运行以来，累计受理矛盾纠纷64起。", ["mediation_cases 64 exact"]),
        // 截至 dates the end of a count, a year alone the sentence's topic; 共 sums from the start
        // too; a decade, or a five-year publicity period, is several years.
        ("截至2023年底，镇调解中心自挂牌运行以来，累计调解矛盾纠纷860起。", []),
        ("2023年，镇人民调解委员会自成立以来累计调解纠纷860起。", []),
        ("自2021年“八五”普法启动以来，全镇共开展各类普法活动300余场。", []),
        ("镇调委会成立十年来，累计调解各类纠纷1800余起。", []),
        ("“七五”普法期间，全乡累计开展普法活动130余场次。", []),
        // A this-year word in the sentence's topic, or 每月, dates no start.
        ("今年，镇党委把普法作为基础工程抓实抓细，“八五”普法启动以来累计开展普法活动200余场次。", []),
        ("坚持每月开展“法律赶场”服务，“八五”普法实施以来累计开展普法活动250余场次。", []),
        ("2023年，镇党委把学法与履职结合起来，党的二十大召开以来累计组织干部专题学法19次。", []),
        // Officials studying named laws; villagers or residents studying them is publicity, not study.
        ("全年组织机关干部学习法律知识8次。", ["law_study_sessions 8 exact"]),
        ("全年组织干部职工学习《中华人民共和国民法典》《中华人民共和国行政处罚法》等法律法规12次。", ["law_study_sessions 12 exact"]),
        ("组织村民学习法律知识20场次。", []),
        // The figure right after a two-word phrase's verb, before its noun.
        ("全镇各级调解组织共调解68起矛盾纠纷，调解成功65起。", ["mediation_cases 68 exact", "mediation_resolved 65 exact"]),
        ("综合执法办全年办理37件行政执法案件。", ["enforcement_cases 37 exact"]),
        ("全年排查出86起矛盾纠纷。", ["disputes_screened 86 exact"]),
        ("全年办理3件信访案件。", ["petitions_received 3 exact"]),
        // …not when other words stand between the verb and the figure, or the phrase's required words are missing.
        ("受理群众反映的12起纠纷。", []),
        ("全年办理3件行政许可案件。", []),
        // A table written as text: the report year's column (from the header row, else the first
        // figure after the label), a bare number taking the label's unit.
        ("指标名称      2023年      2022年      增减\n人民调解受理纠纷（件）     156      148      +5.4%\n发放宣传资料（份）     8600      7200      +19.4%",
         ["mediation_cases 156 exact", "publicity_materials 8600 exact"]),
        ("| 指标 | 2022年 | 2023年 |\n|---|---|---|\n| 受理调解纠纷（起） | 143 | 158 |\n| 调解成功率 | 95.1% | 96.8% |",
         ["mediation_cases 158 exact", "mediation_success_rate 96.8 exact"]),
        ("| 受理调解纠纷（起） | 143 | +5% |", ["mediation_cases 143 exact"]),
        // Padding beside the bars of a Markdown table adds no cells.
        ("|  指标  |  2022年  |  2023年  |\n|---|---|---|\n|  受理调解纠纷（起）  |  143  |  158  |\n|  调解成功（起）  |  140  |  155  |",
         ["mediation_cases 158 exact", "mediation_resolved 155 exact"]),
        // A phrase in the figure's own cell, after the row's label (this crashed once).
        ("| 普法宣传 | 全年开展普法宣传活动42场次 |", ["publicity_events 42 exact"]),
        ("12月4日\t国家宪法日集中宣传\t发放宣传资料800份\n12月5日\t法律进乡村\t发放宣传资料300份", ["publicity_materials 800 exact"]),
        // Wide gaps inside sentences (PDF text) are no table.
        ("全年调解矛盾纠纷  139  起，调解成功  136  起，调解成功率  97.8%；受理信访件  31  件。",
         ["mediation_cases 139 exact", "mediation_resolved 136 exact", "mediation_success_rate 97.8 exact", "petitions_received 31 exact"]),
        // Label, figure, label, figure in one row; a 序号 column and a unit column; this and last year in words.
        ("行政复议案件\t0件\t行政诉讼案件\t1件\n审查合同\t52份\t法律咨询\t410人次",
         ["admin_litigation_cases 1 exact", "admin_reconsideration_cases 0 exact", "contracts_reviewed 52 exact", "legal_consultations 410 exact"]),
        ("序号  指标  单位  2022年  2023年\n1  排查矛盾纠纷  起  124  131\n2  审核合同  份  40  52",
         ["contracts_reviewed 52 exact", "disputes_screened 131 exact"]),
        ("项目名称      上年度      本年度      增减\n行政执法案件（件）      52      61      +9\n发放普法资料（份）      5200      6000      +800",
         ["enforcement_cases 61 exact", "publicity_materials 6000 exact"]),
        // A data row whose figures look like years is no header; a category column and an empty merged cell.
        ("序号\t指标\t单位\t2023年\t2022年\t增减\n6\t发放法治宣传资料\t份\t2000\t1650\t+21.2%\n7\t法律咨询\t人次\t312\t280\t+11.4%",
         ["legal_consultations 312 exact", "publicity_materials 2000 exact"]),
        ("| 类别 | 指标 | 2023年 | 2022年 |\n| --- | --- | --- | --- |\n| 公共法律服务 | 法律援助案件（件） | 8 | 6 |\n|  | 法律咨询（人次） | 265 | 240 |",
         ["legal_aid_cases 8 exact", "legal_consultations 265 exact"]),
        // 拟 in a modifier of what was reviewed is no plan; 拟 before the verb is.
        ("对乡政府拟出台的2件规范性文件进行了合法性审查。", ["normative_docs_reviewed 2 exact"]),
        ("拟开展法治培训4次。", []),
        // 合同等 counts other kinds with the contracts.
        ("全年对镇政府拟出台的重大行政决策、行政规范性文件和拟签订的合同等开展合法性审查共78件，其中合同审查65件。",
         ["contracts_reviewed 65 exact"]),
        ("全年审查重大行政决策事项3件、行政规范性文件1件。", ["normative_docs_reviewed 1 exact"]),
        // More ways to state a zero, or one figure for each listed kind.
        ("镇政府全年未作出行政处罚决定。", ["enforcement_cases 0 exact"]),
        ("全年镇政府未被提起行政复议和行政诉讼。", ["admin_litigation_cases 0 exact", "admin_reconsideration_cases 0 exact"]),
        ("全年办理行政复议、行政诉讼案件各1件。", ["admin_litigation_cases 1 exact", "admin_reconsideration_cases 1 exact"]),
        // A phrase after 因 names a cause of what is negated.
        ("法律顾问审核合同41份，对其中存在风险的条款提出修改意见，未发生因合同引发的纠纷。", ["contracts_reviewed 41 exact"]),
        // A longer modifier ending in 的 inside a phrase.
        ("全年法律顾问审核以镇政府及镇属单位名义签订的合同协议41份。", ["contracts_reviewed 41 exact"]),
        // A village board the township's 主动公开 went through; the villages' own postings on it.
        ("通过门户网站和村务公开栏主动公开政务信息132条。", ["disclosure_proactive 132 exact"]),
        ("各村在村务公开栏公开惠民政策等信息1360余条。", []),
        // Figures before the dispute noun and its procedure, or before 调解成功; not a failed one.
        ("全年共325起矛盾纠纷进入镇村两级调解程序，其中312起调解成功。", ["mediation_cases 325 exact", "mediation_resolved 312 exact"]),
        ("对1起未能调解成功的宅基地纠纷，引导当事人依法诉讼。", []),
        // The police station's cases are not the township's enforcement; a zero stated with 未办理 is.
        ("镇派出所全年查处治安案件58起，镇综合执法队立案查处违法案件23件。", ["enforcement_cases 23 exact"]),
        ("我乡全年未办理行政处罚案件。", ["enforcement_cases 0 exact"]),
        ("我乡尚未承接行政处罚权，无行政处罚案件，违法线索移交区综合行政执法支队，由其立案查处案件5件。", ["enforcement_cases 0 exact"]),
        // A market-supervision station as the subject is another agency; as a partner it is not.
        ("市场监管所立案查处违法经营案件19件。", []),
        ("乡综合行政执法队联合市场监管所等部门立案查处违法案件15件。", ["enforcement_cases 15 exact"]),
        ("未发生以乡政府为被告的行政诉讼案件和行政复议案件。", ["admin_litigation_cases 0 exact", "admin_reconsideration_cases 0 exact"]),
        ("审核以镇政府及镇属单位名义签订的各类合同协议64份。", ["contracts_reviewed 64 exact"]),
        // This year named after 以来 or a several-years word keeps the figure this year's; a span's end does not.
        ("一直以来，镇党委高度重视学法，2023年共组织集体学法12次。", ["law_study_sessions 12 exact"]),
        ("自主题教育开展以来，共组织专题学法6次。", ["law_study_sessions 6 exact"]),
        ("坚持多年来形成的“逢会必学法”制度，全年组织会前学法14次。", ["law_study_sessions 14 exact"]),
        ("“八五”普法期间，即2021年至2023年，全镇累计开展法治宣传活动110余场次。", []),
        // A kind of dispute in a list, and the whole township's figures after the villages' bodies.
        ("全年共调解邻里、婚姻家庭、治安、土地等各类矛盾纠纷121起。", ["mediation_cases 121 exact"]),
        ("村级调解组织与乡调委会上下联动，全乡全年共调解矛盾纠纷87起，调解成功85起，调解成功率97.7%。",
         ["mediation_cases 87 exact", "mediation_resolved 85 exact", "mediation_success_rate 97.7 exact"]),
        ("集中学习党章和党内法规10次。", []),
        // 对…未作出 is about those cases; levels and other indicators' phrases before 、 close no object list.
        ("对首次违法且危害后果轻微的19家经营主体依法未作出行政处罚。办理行政处罚案件26件。", ["enforcement_cases 26 exact"]),
        ("认真办理县人大代表建议、政协委员提案各2件。", ["cppcc_proposals_handled 2 exact", "npc_proposals_handled 2 exact"]),
        ("认真办理市、县人大代表建议5件。", ["npc_proposals_handled 5 exact"]),
        ("全年审查合同31份，提出修改建议40余条。", ["contracts_reviewed 31 exact", "legal_opinions 40 over"]),
        ("对存在问题的5份合同提出修改建议。", []),
        // 百分之 with a Chinese decimal point.
        ("调解成功率达到百分之九十八点五。", ["mediation_success_rate 98.5 exact"]),
    ]

    @Test(arguments: cases)
    func sentence(_ text: String, expected: [String]) throws {
        #expect(try ExtractFixture.values(text) == expected)
    }

    @Test func publicServiceIsNoTotalWord() throws {
        // 公共法律服务 holds 共 but says no 'altogether'; 共受理 does.
        let plain = try ExtractFixture.extract(ExtractFixture.report("镇公共法律服务工作站接待群众法律咨询300人次。")).mentions
        #expect(plain.map(\.scope) == [.plain])
        let total = try ExtractFixture.extract(ExtractFixture.report("镇公共法律服务工作站共接待群众法律咨询300人次。")).mentions
        #expect(total.map(\.scope) == [.total])
    }

    @Test func theTotalAfterPartsIsMarkedAsTheTotal() throws {
        let mentions = try ExtractFixture.extract(ExtractFixture.report("中心组学法6次，会前学法10次，共计16次。")).mentions
        #expect(mentions.map(\.value) == [6, 10, 16])
        #expect(mentions.last?.scope == .total)
    }
}
