import Testing
@testable import Extract

/// How reports state figures, in sentences written for these tests.
@Suite struct SentenceTests {
    static let cases: [(String, [String])] = [
        // A typical mediation sequence: cases, resolved, rate.
        ("镇调委会全年受理矛盾纠纷 33 起，调结 33 起，调处成功率 100%。",
         ["mediation_cases 33 exact", "mediation_resolved 33 exact", "mediation_success_rate 100 exact"]),
        // A 其中 figure of the same indicator is a part; of a narrower one, its total.
        ("全年共调解矛盾纠纷2802起，其中化解重大疑难纠纷58件。", ["mediation_cases 2802 exact"]),
        ("受理纠纷95起，其中调解成功93起。", ["mediation_cases 95 exact", "mediation_resolved 93 exact"]),
        // A bare verb after the sentence's mediation count states the resolved figure; not after others.
        ("全年受理各类矛盾纠纷48起，化解46起。", ["mediation_cases 48 exact", "mediation_resolved 46 exact"]),
        ("镇调委会共受理纠纷31件，办结31件。", ["mediation_cases 31 exact", "mediation_resolved 31 exact"]),
        // …and a bare 成功率 after the dispute or resolved count is the mediation success rate.
        ("全年受理矛盾纠纷36起，调解成功35起，成功率为97.2%。",
         ["mediation_cases 36 exact", "mediation_resolved 35 exact", "mediation_success_rate 97.2 exact"]),
        ("调解各类纠纷52起，化解了50起，成功率达96%。",
         ["mediation_cases 52 exact", "mediation_resolved 50 exact", "mediation_success_rate 96 exact"]),
        ("受理信访事项18件，成功率100%。", ["petitions_received 18 exact"]),
        ("受理信访事项51件，办结51件。", ["petitions_received 51 exact"]),
        // (化解 after screening may be the screened disputes settled: no mediation count.)
        ("排查矛盾纠纷60起，化解58起。", ["disputes_screened 60 exact"]),
        ("全年共受理各类矛盾纠纷48起，受理群众信访事项21件，化解19件。", ["mediation_cases 48 exact", "petitions_received 21 exact"]),
        ("全年调解各类矛盾纠纷63起，接收热线工单412件，办结409件。", ["mediation_cases 63 exact"]),
        ("受理纠纷95起，其中涉及土地纠纷12起。", ["mediation_cases 95 exact"]),
        // One named village's committee is a part, with the rate after it; all villages together are not.
        ("推广“院坝调解”，青石村调委会全年调解邻里纠纷14起，成功率100%。", []),
        ("指导社区调委会规范制作调解文书，全年共受理矛盾纠纷124起，调解成功122起。",
         ["mediation_cases 124 exact", "mediation_resolved 122 exact"]),
        ("东山村调委会的经验在全县推广，全年共调解矛盾纠纷97起，调解成功95起，调解成功率97.9%。",
         ["mediation_cases 97 exact", "mediation_resolved 95 exact", "mediation_success_rate 97.9 exact"]),
        ("全年由镇综治中心统一受理矛盾纠纷53起降至历史最低。", ["mediation_cases 53 exact"]),
        ("全年共受理各类矛盾纠纷58起，经耐心调解，化解55起。", ["mediation_cases 58 exact", "mediation_resolved 55 exact"]),
        ("，村和社区调委会全年共调解矛盾纠纷180起。", ["mediation_cases 180 exact"]),
        ("依托村调委会和镇调委会共调解矛盾纠纷120起，化解117起。", ["mediation_cases 120 exact", "mediation_resolved 117 exact"]),
        ("深化“无讼村居”创建和法律援助服务，办理法律援助案件14件。", ["legal_aid_cases 14 exact"]),
        ("各村调委会配合排查，全镇共调解矛盾纠纷64起。", ["mediation_cases 64 exact"]),
        ("充分发挥村调委会作用，全年共调解矛盾纠纷142起。", ["mediation_cases 142 exact"]),
        ("乡、村两级调解组织调解成功率达98.2%。", ["mediation_success_rate 98.2 exact"]),
        ("严格规范办理政府信息公开申请5件。", ["disclosure_requests 5 exact"]),
        // A bare 成功率 only right after the count's own clause; other rates are not mediation's.
        ("全年调处矛盾纠纷212宗，承接县法院委派诉前调解，成功率58%。", ["mediation_cases 212 exact"]),
        ("初信初访化解率达九成以上。", []),
        ("诉求化解率由85%提高到93%。", []),
        ("信访积案由上年的9件降为3件。", []),
        ("行政处罚案件由上年的21件降为14件。", ["enforcement_cases 14 exact"]),
        ("全年办理行政处罚案件较上年增加9件，增至37件。", ["enforcement_cases 37 exact"]),
        ("受理纠纷80起，其中婚姻家庭纠纷20起，成功化解18起。", ["mediation_cases 80 exact"]),
        ("全年开展合法性审查共300件。其中，行政规范性文件审查4件，重大决策审查6件，镇村合同审查290件。",
         ["contracts_reviewed 290 exact", "normative_docs_reviewed 4 exact"]),
        ("年内审核合同60份、规范性文件9份，出具法律意见书12份。",
         ["contracts_reviewed 60 exact", "legal_opinions 12 exact", "normative_docs_reviewed 9 exact"]),
        ("提供合同审查、风险研判及法律咨询等专项法律服务共计5次。", []),
        ("提供法律咨询、法律援助等法律服务120余次。", []),
        ("为群众提供法律咨询、法律援助等法律法规服务30次。", []),
        // 排查化解 is a combined verb: the figure is read as screened (PHRASEBOOK), the rate stands alone.
        ("全年排查化解矛盾纠纷200件，化解率达97%。", ["disputes_screened 200 exact", "mediation_success_rate 97 exact"]),
        // Shared-verb lists.
        ("全年办理行政复议2件、行政诉讼13件。", ["admin_litigation_cases 13 exact", "admin_reconsideration_cases 2 exact"]),
        ("全年办理人大代表建议15件、政协委员提案3件，办结率100%。", ["cppcc_proposals_handled 3 exact", "npc_proposals_handled 15 exact"]),
        // A list of objects between verb and noun is one gap, however long; other gaps stay short.
        ("全年主动公开财务、人事、规划、项目建设等各类政府信息156条。", ["disclosure_proactive 156 exact"]),
        ("主动公开了本镇年度预算决算等相关政府信息20条。", []),
        // The number before the noun in such a list: the noun named the figure before it, not the next one.
        ("全年共办理4件行政复议、9件行政诉讼。", ["admin_litigation_cases 9 exact", "admin_reconsideration_cases 4 exact"]),
        // Another year's figure, changes, multi-year totals and targets are not this year's.
        ("较上年的47件，今年行政处罚案件增至63件。", ["enforcement_cases 63 exact"]),
        // A change from one figure to another: the figure reached is this year's, the one it started from is not.
        ("全镇行政诉讼案件由上年的5件下降至3件。", ["admin_litigation_cases 3 exact"]),
        ("行政处罚案件从42件增加到57件。", ["enforcement_cases 57 exact"]),
        ("矛盾纠纷调解成功率从92%提高到96%。", ["mediation_success_rate 96 exact"]),
        ("信访总量同比下降18.5%。", []),
        ("近三年累计调解矛盾纠纷520余起。", []),
        ("力争调解成功率达到98%以上。", []),
        ("各村每月至少开展普法宣传活动1次。", []),
        // Zeros in words, and look-alikes that are not zeros.
        ("全年未发生行政复议和行政诉讼案件。", ["admin_litigation_cases 0 exact", "admin_reconsideration_cases 0 exact"]),
        ("全年无行政复议、行政诉讼案件。", ["admin_litigation_cases 0 exact", "admin_reconsideration_cases 0 exact"]),
        ("本年度未收到政府信息公开申请。", ["disclosure_requests 0 exact"]),
        ("全年无行政诉讼败诉案件。", []),
        ("因政府信息公开申请引发的行政复议0件、行政诉讼0件。", []),
        // Chinese numerals, 万, qualifiers.
        ("发放法治宣传手册两万余份，开展普法活动十余场。", ["publicity_events 10 over", "publicity_materials 20000 over"]),
        ("累计发放宣传材料1.5万余份。", ["publicity_materials 15000 over"]),
        ("接待群众法律咨询近万人次。", ["legal_consultations 10000 about"]),
        ("矛盾纠纷调解成功率达八成以上。", ["mediation_success_rate 80 over"]),
        ("全年组织法治赶集12场。", ["publicity_events 12 exact"]),
        // A reconsideration answered for another body is not the township's case.
        ("全年未发生行政复议案件，配合县自然资源局完成复议答复1件。", ["admin_reconsideration_cases 0 exact"]),
        ("全年受理政府信息公开申请4项，均在法定期限内答复。", ["disclosure_requests 4 exact", "disclosure_response_rate 100 exact"]),
        // 项 of a catalogue, rules or procedures is no count of applications.
        ("梳理依申请公开事项清单12项。", []),
        ("完善依申请公开工作制度3项。", []),
        ("全年公开各类政务信息326条。", ["disclosure_proactive 326 exact"]),
        ("发放法治宣传资料逾5000份。", ["publicity_materials 5000 over"]),
        // The number before its noun.
        ("各村法律顾问共开展45场法治宣传讲座。", ["publicity_events 45 exact"]),
        ("司法所对12份民事合同进行合法性审查，提出20余条法律意见。", ["contracts_reviewed 12 exact", "legal_opinions 20 over"]),
        ("全年完成28件重大事项与规范性文件合法性审核。", []),
        ("对14份涉及征迁的合同进行合法性审查。", ["contracts_reviewed 14 exact"]),
        ("对9份与企业签订的合同进行合法性审查。", ["contracts_reviewed 9 exact"]),
        ("法律顾问列席党委会议，提出修改完善意见27条。", ["legal_opinions 27 exact"]),
        // A lecture's audience tells officials' study from publicity, also for a 专题讲座.
        ("为机关干部举办法治专题讲座4次。", ["law_study_sessions 4 exact"]),
        ("在各村举办法律专题讲座9场，受教育群众600余人次。", ["publicity_events 9 exact", "publicity_reach 600 over"]),
        ("为机关干部和社区居民举办法律专题讲座5场。", ["publicity_events 5 exact"]),
        // Lectures are a kind of publicity event: beside the activities' count they are not the figure.
        ("为村民举办法律讲座4场，开展普法宣传活动30场次。", ["publicity_events 30 exact"]),
        ("全年共开展普法宣传96场次，其间开展宪法主题宣传活动8场。", ["publicity_events 96 exact"]),
        ("全年在各村巡回举办法治专题讲座12场。", ["publicity_events 12 exact"]),
        ("组织各村（社区）“两委”干部参加法治专题讲座3场。", ["law_study_sessions 3 exact"]),
        ("开展法治宣传48场次；宪法宣传周期间开展宪法主题宣传活动6场。", ["publicity_events 48 exact"]),
        // A sub-kind never exceeds the whole: the larger lecture or 宣讲 count stays.
        ("开展法治宣讲72场次，结合宪法宣传周开展主题普法宣传活动6场次。", ["publicity_events 72 exact"]),
        ("为村民举办法律讲座11场，开展宪法宣传周集中宣传活动1次。", ["publicity_events 11 exact"]),
        ("全年邀请区人民法院巡回法庭法官为镇村干部举办法治讲座5场。", ["law_study_sessions 5 exact"]),
        ("党委理论学习中心组举办法治专题讲座3次，并深入各村为群众开展法律专题讲座16场。",
         ["law_study_sessions 3 exact", "publicity_events 16 exact"]),
        ("开展“法治进校园”活动，举办法治专题讲座7场。", ["publicity_events 7 exact"]),
        // One publicity sentence, three indicators.
        ("开展“法律进乡村”等法治宣传活动28场次，发放宣传资料6000余份，受教育群众1.2万余人次。",
         ["publicity_events 28 exact", "publicity_materials 6000 over", "publicity_reach 12000 over"]),
        // A combined review total with its 其中 split.
        ("对重大决策、规范性文件、合同等开展合法性审查共215件，其中规范性文件3件、合同198件。",
         ["contracts_reviewed 198 exact", "normative_docs_reviewed 3 exact"]),
        // Near-misses the catalogue vetoes.
        ("涉企减轻行政处罚1件。", []),
        ("收到行政复议建议书1件。", []),
        ("受理信访件590件，化解信访积案9件。", ["petitions_received 590 exact"]),
        ("全年共接待来访群众43批126人次，受理信访事项51件。", ["petitions_received 51 exact"]),
        ("受理答复12345热线诉求1320件，按时办结率100%。", []),
        ("开展联合执法检查46次，出动执法人员300余人次。", []),
        ("全年召开法治建设专题会议4次。", []),
        // Study counts only in a sentence about law: generic political study is not law study.
        ("全年召开党委会集体学习21次，开展理论学习中心组学习8次。", []),
        ("深化习近平法治思想学习，年初制定学习计划，全年组织学习培训7次，加强法规学习。", ["law_study_sessions 7 exact"]),
        // A lecture's audience tells officials' law study from public publicity.
        ("为机关干部举办法治讲座3场。", ["law_study_sessions 3 exact"]),
        ("结合“法律进乡村”活动举办法律讲座5场，受教育群众2000余人次。", ["publicity_events 5 exact", "publicity_reach 2000 over"]),
        ("通过举办法治讲座6次、悬挂宣传横幅10条，扩大普法影响。", ["publicity_events 6 exact"]),
        ("发放宣传资料3000余份，举办法律讲座4场，受教育群众2000余人次。",
         ["publicity_events 4 exact", "publicity_materials 3000 over", "publicity_reach 2000 over"]),
        ("全年组织干部集中学法12次，开展普法宣传活动20场，受教育群众3000人次。",
         ["law_study_sessions 12 exact", "publicity_events 20 exact", "publicity_reach 3000 exact"]),
        ("邀请律师为镇村干部举办法治讲座4场，切实维护群众合法权益。", ["law_study_sessions 4 exact"]),
        // Audience words inside titles and other words do not move a study count.
        ("镇党委理论学习中心组集体学习《村民委员会组织法》《土地管理法》等法律法规6次。", ["law_study_sessions 6 exact"]),
        ("围绕推进乡村振兴开展专题学法4次。", ["law_study_sessions 4 exact"]),
        // 计划 as a noun (按照…计划) sets no target; as the verb before the figure it does.
        ("按照年度学法计划，班子成员带头集体学法16次。", ["law_study_sessions 16 exact"]),
        ("按照学法计划带头集体学法16次。", ["law_study_sessions 16 exact"]),
        ("计划开展法治培训5次。", []),
        // Cited titles do not count towards a phrase's distance; 等 closing the laws studied does not widen the group.
        ("中心组专题学习《中华人民共和国行政处罚法》《民法典》等相关法律法规9次。", ["law_study_sessions 9 exact"]),
        // The law word of a study count may stand in the heading right above its paragraph.
        ("(一)强化学法用法\n组织中心组专题学习12次。", ["law_study_sessions 12 exact"]),
        ("(一)强化理论武装\n组织中心组专题学习12次。", []),
        // Materials handed out, with or without 宣传 before them.
        ("全年共开展法治宣传活动6次，发放材料1000余份。", ["publicity_events 6 exact", "publicity_materials 1000 over"]),
        ("结合宪法宣传周，发放小册子800余册。", ["publicity_materials 800 over"]),
        ("春节前发放慰问材料200份，发放征兵政策资料80份。", []),
        ("法律援助工作站3个，发放法律援助大礼包200份。", []),
        // Rates belong to their own phrase.
        ("机关负责人行政诉讼案件出庭率100%，依申请公开答复率100%。",
         ["disclosure_response_rate 100 exact", "head_court_appearance_rate 100 exact"]),
        ("人民调解成功率 99·5%。", ["mediation_success_rate 99.5 exact"]),
        // Qualifier words that hold a longer one (不少于 is no 少于), and vague amounts.
        ("全年开展法治宣传活动不少于20场。", []),  // a norm, as 至少 is
        ("全年立案查处违法案件不超过10件，办结行政处罚案件9件。", ["enforcement_cases 9 exact"]),
        ("要求镇领导班子集体学法至少4次，实际开展集体学法9次。", ["law_study_sessions 9 exact"]),
        ("调解矛盾纠纷数十起。", []),
        // A wider area's figure, a quarter's, last year's, per-place figures: not the township-year's.
        ("全县共受理法律援助案件980件，本镇受理法律援助申请9件。", ["legal_aid_cases 9 exact"]),
        // The county or city named as the subject of a total; a wider area's rate needs no total word.
        ("街道开展普法活动48场。朝阳区全年累计开展普法活动1.2万余场。", ["publicity_events 48 exact"]),
        ("全县行政机关负责人出庭应诉率达到100%。", []),
        ("二季度查处行政处罚案件5件。", []),
        ("镇调委会受理矛盾纠纷22起。村级调委会共调解各类小纠纷3起。", ["mediation_cases 22 exact"]),
        ("镇调委会受理矛盾纠纷22起；村级调委会充分发挥作用，共调解各类小纠纷3起。", ["mediation_cases 22 exact"]),
        // One community's mediation room, after 其中 or with its nickname, and a breakdown of its figure.
        ("街道矛调中心受理矛盾纠纷2184件。推进社区调解室建设，其中梧桐社区调解室全年调处纠纷146件。", ["mediation_cases 2184 exact"]),
        ("街道调委会受理矛盾纠纷76起。石牛社区“老娘舅”调解室全年调解矛盾纠纷23起，其中物业纠纷9起。", ["mediation_cases 76 exact"]),
        ("村调委会、镇调委会全年共调解矛盾纠纷120件。", ["mediation_cases 120 exact"]),
        ("行政规范性文件初审1件。", ["normative_docs_reviewed 1 exact"]),
        ("上年同期受理信访件35件。", []),
        ("南村、北村分别审查合同7份、5份。", []),
        ("分别针对老年人、青少年开展法治宣传活动共46场。", ["publicity_events 46 exact"]),
        ("在去年工作基础上全年受理信访事项36件。", ["petitions_received 36 exact"]),
        ("按照全区统一部署开展领导干部法治培训2期。", ["law_study_sessions 2 exact"]),
        ("受理信访事项较上年减少至28件。", ["petitions_received 28 exact"]),
        // Lists that share figures out: 分别 in order, 均为 to each.
        ("全年行政复议、行政诉讼案件分别为3件、4件。", ["admin_litigation_cases 4 exact", "admin_reconsideration_cases 3 exact"]),
        ("审核规范性文件、合同分别为2件、31份。", ["contracts_reviewed 31 exact", "normative_docs_reviewed 2 exact"]),
        ("全年行政复议、行政诉讼案件均为0件。", ["admin_litigation_cases 0 exact", "admin_reconsideration_cases 0 exact"]),
        ("负责人出庭应诉率、依申请公开答复率实现“双100%”。", ["disclosure_response_rate 100 exact", "head_court_appearance_rate 100 exact"]),
        ("调解成功率和依申请公开答复率实现“双提升”分别达到97.2%和100%。",
         ["disclosure_response_rate 100 exact", "mediation_success_rate 97.2 exact"]),
        ("政务服务事项、依申请公开事项按时办结率99.6%。", []),
        ("办理行政复议、行政诉讼案件分别为2件、1件。", ["admin_litigation_cases 1 exact", "admin_reconsideration_cases 2 exact"]),
        // Numbers before their nouns where reports name few side figures that way.
        ("办理6件法律援助案件。", ["legal_aid_cases 6 exact"]),
        ("对4件行政规范性文件进行合法性审查。", ["normative_docs_reviewed 4 exact"]),
        ("制定出台4件规范性文件。", []),
        ("组织起草3件规范性文件并报县司法局备案审查。", []),
        ("办理2件依申请公开事项。", ["disclosure_requests 2 exact"]),
        ("实现负责人100%出庭应诉。", ["head_court_appearance_rate 100 exact"]),
        // A numbered run-in heading gives a bare 收到申请 its subject; an unnumbered opening sentence does not.
        ("3.依法办理依申请公开。办理工作严格按程序进行。全年共收到申请7件。", ["disclosure_requests 7 exact"]),
        ("3.做好法律援助。全年共收到申请7件。", []),
        ("依法办理依申请公开。办理工作严格按程序进行。全年共收到申请7件。", []),
        ("开展“法律进牧区”活动15场。", ["publicity_events 15 exact"]),
        // Rates named with a word between (答复及时率); not a hotline's.
        ("办理依申请公开事项4件，答复及时率100%。", ["disclosure_requests 4 exact", "disclosure_response_rate 100 exact"]),
        ("12345热线按时答复率100%。", []),
        // 100% in words.
        ("严格落实行政机关负责人出庭应诉制度，做到应出尽出。", ["head_court_appearance_rate 100 exact"]),
        ("收到政府信息公开申请3件，均在法定期限内答复。", ["disclosure_requests 3 exact", "disclosure_response_rate 100 exact"]),
        ("力争行政机关负责人出庭应诉应出尽出。", []),
        ("推进政务公开，12345热线工单按时答复率98.5%。", []),
        ("受理信访事项32件，均按时答复，办理结果全部公开。", ["petitions_received 32 exact"]),
        ("汛期前组织网格员应出尽出，开展隐患排查。", []),
        // Services to citizens are not the government's own.
        ("法律顾问为群众审查租赁合同11份。", []),
        // Traditional script goes through OpenCC first.
        ("全年共調解矛盾糾紛120起，受理法律援助申請8件。", ["legal_aid_cases 8 exact", "mediation_cases 120 exact"]),
        // … after the pinyin a mirror site put after some characters.
        ("全年共辦理行政復(fù)議2件、行政訴(sù)訟5件。", ["admin_litigation_cases 5 exact", "admin_reconsideration_cases 2 exact"]),
    ]

    @Test(arguments: cases)
    func sentence(_ text: String, expected: [String]) throws {
        #expect(try ExtractFixture.values(text) == expected)
    }

    @Test func aBareRateAfterPetitionCountsIsNotMediations() throws {
        let mentions = try ExtractFixture.extract(ExtractFixture.report("全年共受理群众信访事项23件，调处成功21件，成功率91.3%。")).mentions
        #expect(mentions.contains { $0.indicator == "petitions_received" && $0.value == 23 })
        #expect(!mentions.contains { $0.indicator == "mediation_success_rate" })
    }

    @Test func figuresInPlansAndShortcomingsAreKeptButNotCounted() throws {
        let text = ExtractFixture.report("全年开展法治宣传活动12场次。") + "二、存在的不足\n仅开展法治宣传活动12场次，形式单一。\n三、下一年度工作安排\n开展法治宣传活动20场次。\n"
        let mentions = try ExtractFixture.extract(text).mentions
        #expect(mentions.map(\.value) == [12, 12, 20])
        #expect(mentions.map(\.scope) == [.total, .section, .section])
        #expect(mentions.map(\.section) == [.measuresAndResults, .shortcomings, .nextYearPlan])
    }

    @Test func evidenceQuotesTheOriginalScriptAtItsOffset() throws {
        let text = "錦豐鎮2021年度法治政府建設情況報告\n一、主要舉措\n為民辦實事，全年共調解矛盾糾紛 2802 起。\n"
        let mention = try #require(try ExtractFixture.extract(text).mentions.first)
        #expect(mention.evidence == "全年共調解矛盾糾紛 2802 起")
        let original = Array(text.unicodeScalars)
        let quoted = String(String.UnicodeScalarView(original[mention.offset..<(mention.offset + mention.evidence.unicodeScalars.count)]))
        #expect(quoted == mention.evidence)
    }

    @Test func complianceFollowsTheSections() throws {
        let text = ExtractFixture.report("内容。") + "二、存在问题\n不足。\n三、2024年工作打算\n计划。\n"
        let compliance = try #require(try ExtractFixture.extract(text).compliance)
        #expect(compliance == Compliance(measuresAndResults: true, chiefDuty: false, shortcomings: true, nextYearPlan: true))
    }
}
