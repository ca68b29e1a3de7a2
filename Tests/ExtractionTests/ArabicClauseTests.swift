import XCTest
@testable import Extraction

/// Whose event an Arabic event word is: a verb's subject is not the subject of the noun after
/// it, event nouns take their subject from a relative clause, verbs carry object pronouns.
final class ArabicClauseTests: XCTestCase {
    func testAVerbsSubjectIsNotTheSubjectOfTheEventNounItGoverns() {
        XCTAssertEqual(edges("انتقدت إستونيا وفنلندا المناورات، ودعتا الاتحاد الأوروبي إلى فرض عقوبات على موسكو."),
                       ["estonia requests european_union", "finland requests european_union", "european_union sanctions russia"])
        XCTAssertEqual(edges("انتقدت موسكو نشر الناتو قوات إضافية في إستونيا."),
                       ["russia criticizes nato", "nato deploys_to estonia"])
    }

    func testTheObjectOfADualVerbIsTheSubjectOfWhatItIsAskedToDo() {
        XCTAssertEqual(edges("وانتقدت رومانيا ومولدوفا الهجوم، ودعتا حلف شمال الأطلسي إلى نشر قوات إضافية في رومانيا."),
                       ["romania requests nato", "moldova requests nato", "nato deploys_to romania"])
    }

    func testTheSubjectOfAnEventNounInARelativeClause() {
        XCTAssertEqual(edges("وانطلقت أمس المناورات البحرية المشتركة التي تجريها الصين وباكستان في بحر العرب."),
                       ["china cooperates_with pakistan"])
    }

    func testVerbsWithAnObjectPronounInRelativeClauses() {
        XCTAssertEqual(edges("وأدانت فرنسا الهجمات التي تشنها روسيا على المدن الأوكرانية."),
                       ["russia attacks ukraine", "france criticizes russia"], "France condemns the attacks Russia wages")
        XCTAssertEqual(edges("وتخزن الأسلحة النووية التكتيكية التي نشرتها روسيا في بيلاروس في منشآت خاصة."),
                       ["russia deploys_to belarus"])
        XCTAssertEqual(edges("وتشمل العقوبات التي فرضها الاتحاد الأوروبي على بيلاروس قيودا على الصادرات."),
                       ["european_union sanctions belarus"])
    }

    func testNounsTakeNoObjectPronounForms() {
        XCTAssertEqual(ObjectPronounForms.forms(of: "دعى", suffixes: ["ها", "ه"]), ["دعاها", "دعاه"])
        XCTAssertEqual(ObjectPronounForms.forms(of: "نشرت", suffixes: ["ها"]), ["نشرتها"])
        for noun in ["انتقاد", "اتفاق", "حلفاء", "هجوم", "تنديد", "المناورات", "شراكة", "انتقادات", "تعاونا", "talks"] {
            XCTAssertEqual(ObjectPronounForms.forms(of: noun, suffixes: ["ها"]), [], noun)
        }
        XCTAssertEqual(edges("وقالت إن الولايات المتحدة وحلفاءها يواصلون تسليح بولندا."), [])
    }

    func testAnAgreementWrittenAsHisAgreementWithSomeone() {
        let found = edges("أعلن الرئيس الكازاخي قاسم جومارت توكاييف بعد اتفاقه مع الرئيس الصيني شي جين بينغ على مشروع جديد أن العمل سيبدأ.")
        XCTAssertTrue(found.contains("china cooperates_with kazakhstan"), "\(found)")
    }

    func testATitlesOfficeAfterFi() {
        let graph = sharedExtractor.extract(text: "وقالت مسؤولة السياسة الخارجية في الاتحاد الأوروبي كايا كالاس إن الانتخابات لم تكن نزيهة.",
                                            document: "t.txt", date: "2025-02-01")
        XCTAssertEqual(role(graph, "kallas", "european_union"), "high_representative")
    }

    func testAVerbAfterQadContinuesTheClauseAndAPrepositionalActorIsNoSubject() {
        XCTAssertEqual(edges("ويحكم توكاييف البلاد منذ سنوات، وقد سمح للقوات الصينية باستخدام أراضي بلاده."),
                       ["china_army part_of china", "china cooperates_with kazakhstan"])
    }

    func testTheBorderWithoutAPronounIsTheMainSubjects() {
        let found = edges("أعلنت وزارة الدفاع الكازاخية بدء مناورات مع القوات الروسية قرب الحدود مع الصين وقرغيزستان.")
        XCTAssertTrue(found.isSuperset(of: ["china borders kazakhstan", "kazakhstan borders kyrgyzstan"]), "\(found)")
        XCTAssertFalse(found.contains { $0.hasPrefix("russia borders") || $0.hasSuffix("borders russia") })
    }

    func testStrengtheningTiesIsPlannedCooperation() {
        XCTAssertEqual(attribute("modality", of: "armenia cooperates_with france", in: "وتسعى أرمينيا إلى تعزيز علاقاتها مع فرنسا."), "planned")
        XCTAssertEqual(attribute("modality", of: "georgia cooperates_with turkey", in: "Georgia wants to strengthen ties with Turkey."), "planned")
    }

    func testACallForSomethingHasNoAddressee() {
        let found = edges("ودعت فرنسا إلى توسيع العقوبات المفروضة على طهران.")
        XCTAssertFalse(found.contains("france requests iran"), "\(found)")
        let need = sharedExtractor.extract(text: "وقال رئيس وزراء باكستان إن بلاده بحاجة إلى أسلحة من الصين.", document: "t.txt")
        XCTAssertNotNil(need.relation(source: "pakistan", type: .requests, target: "china"), "his country: the office's state")
    }

    func testAPhoneCallWithTheProcliticBa() {
        XCTAssertTrue(edges("وأجرى الرئيس الفرنسي إيمانويل ماكرون اتصالاً هاتفياً بالرئيس الصيني شي جين بينغ.", date: "2024-05-01")
            .contains("macron met_with xi_jinping"))
    }

    func testHisVisitToACapitalAndAFutureDefence() {
        let visit = edges("أكد وزير الخارجية الصيني وانغ يي، خلال زيارته إلى إسلام آباد، دعم بلاده لباكستان.", date: "2025-02-20")
        XCTAssertTrue(visit.contains("pakistan met_with wang_yi") || visit.contains("wang_yi met_with pakistan"), "\(visit)")
        let defence = sharedExtractor.extract(text: "وقال إن الصين ستدافع عن باكستان.", document: "t.txt")
        XCTAssertEqual(defence.relation(source: "china", type: .supports, target: "pakistan")?.attributes["modality"], "planned")
    }

    func testTheStateAfterSanctionsImposesThem() {
        XCTAssertFalse(edges("في المقابل، أكد وزير الخارجية الليتواني غابريليوس لاندسبيرغيس أن بلاده تطبق عقوبات الاتحاد الأوروبي فقط، "
                             + "داعياً المفوضية الأوروبية إلى توضيح موقفها.").contains { $0.contains("sanctions") })
        XCTAssertEqual(edges("وفرضت لندن عقوبات جديدة على مسؤولين بيلاروسيين."), ["united_kingdom sanctions belarus"])
        XCTAssertEqual(edges("وأعلن الاتحاد الأوروبي حزمة عقوبات جديدة على إيران."), ["european_union sanctions iran"])
    }

    func testADateBetweenCommasDoesNotBreakTheClause() {
        XCTAssertEqual(edges("هددت روسيا، الثلاثاء 21 يونيو 2022، ليتوانيا بإجراءات قاسية."), ["russia threatens lithuania"])
        XCTAssertEqual(edges("وتوعدت إيران إسرائيل برد قاس."), ["iran threatens israel"])
    }

    func testAnAppositionAfterAListDescribesTheWholeList() {
        XCTAssertEqual(edges("ويقع جيب كالينينغراد بين ليتوانيا وبولندا، العضوين في حلف شمال الأطلسي."),
                       ["lithuania member_of nato", "poland member_of nato"])
    }

    func testOpposingSanctionsIsNoSanctionAndForeignMinisterOfAState() {
        let found = edges("وقال وزير خارجية المجر إن بلاده ستواصل معارضة العقوبات الأوروبية على قطاع الطاقة الروسي.", date: "2024-06-03")
        XCTAssertTrue(found.contains("szijjarto holds_role hungary"), "\(found)")
        XCTAssertFalse(found.contains { $0.contains("sanctions") })
    }

    func testPluralAttackNounsTakeTheNisbaAfterThemAsAgent() {
        XCTAssertEqual(edges("وتتواصل الهجمات الأوكرانية على منشآت الطاقة الروسية."), ["ukraine attacks russia"])
        XCTAssertEqual(edges("وأدت الغارات الإسرائيلية على لبنان إلى مقتل العشرات."), ["israel attacks lebanon"])
    }

    func testFutureFormsOfPresentTenseTriggersArePlanned() {
        let meeting = sharedExtractor.extract(text: "وقال الرئيس الأمريكي دونالد ترامب إنه سيلتقي بوتين.", document: "t.txt", date: "2025-08-10")
        XCTAssertEqual(meeting.relation(source: "trump", type: .metWith, target: "putin")?.attributes["modality"], "planned")
        let sanctions = sharedExtractor.extract(text: "وقال إن الاتحاد الأوروبي سيفرض عقوبات على مينسك.", document: "t.txt")
        XCTAssertEqual(sanctions.relation(source: "european_union", type: .sanctions, target: "belarus")?.attributes["modality"], "planned")
        XCTAssertEqual(FutureForms.forms(of: "يلتقي"), ["سيلتقي", "ستلتقي"])
        XCTAssertEqual(FutureForms.forms(of: "تفرض"), ["ستفرض"])
        XCTAssertEqual(FutureForms.forms(of: "التقى"), [])
    }

    func testTheNisbaOfWhatIsDeployedIsWhoDeploysIt() {
        XCTAssertTrue(edges("وانتقدت بكين نشر صواريخ أمريكية في اليابان.").contains("united_states deploys_to japan"))
        XCTAssertTrue(edges("وأكد الكرملين أن نشر الأسلحة الروسية في بيلاروسيا يتم بموجب معاهدة.").contains("russia deploys_to belarus"))
    }

    func testAnAppositionToTheSubjectDoesNotHideTheObject() {
        let found = edges("واستقبل أردوغان، الوسيط الدائم بين الطرفين، الرئيس الأوكراني فولوديمير زيلينسكي في أنقرة.", date: "2025-05-10")
        XCTAssertTrue(found.contains("erdogan met_with zelensky"), "\(found)")
    }
}
