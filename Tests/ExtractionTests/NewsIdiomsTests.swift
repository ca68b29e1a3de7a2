import XCTest
@testable import Extraction

/// Idioms of news writing: events a place suffers, seats of power for their holders, "the bloc",
/// "the ministry", mayors, future auxiliaries, and مدينة as the city it mostly is.
final class NewsIdiomsTests: XCTestCase {
    func testAnEventSufferedTakesItsAgentFromTheNisbaAfterIt() {
        XCTAssertEqual(edges("وتعرضت مدينة زابوريجيا لقصف روسي عنيف الليلة الماضية."), ["russia attacks zaporizhzhia"])
        XCTAssertEqual(edges("وتعرضت أوديسا لهجوم صاروخي روسي."), ["russia attacks odesa"])
        XCTAssertEqual(edges("Odesa came under Russian attack overnight."), ["russia attacks odesa"])
        XCTAssertEqual(edges("وتعرضت القوات الأوكرانية لهجمات مكثفة."), ["ukraine_army part_of ukraine"], "no agent named")
    }

    func testMadinaIsACityNotACondemnation() {
        for text in ["وزار الرئيس البولندي مدينة لفيف الأوكرانية.", "وقعت الانفجارات في مدينة بيلغورود الروسية، بحسب الجيش الأوكراني."] {
            XCTAssertFalse(edges(text).contains { $0.contains("criticizes") }, text)
        }
    }

    func testTheLeaderOfASeatOfPowerIsItsOfficesHolder() {
        XCTAssertEqual(edges("وكان زعيم الكرملين قد التقى الرئيس الصيني شي جين بينغ في بكين.", date: "2024-05-16"),
                       ["putin holds_role russia", "xi_jinping holds_role china", "putin met_with xi_jinping"])
        XCTAssertEqual(edges("The Kremlin leader, Vladimir Putin, met Chinese President Xi Jinping in Beijing.", date: "2024-05-16"),
                       ["putin holds_role russia", "xi_jinping holds_role china", "putin met_with xi_jinping"])
    }

    func testTheBlocIsTheEuropeanUnion() {
        XCTAssertEqual(edges("وقال مسؤول في الاتحاد الأوروبي إن التكتل سيفرض عقوبات جديدة على روسيا."),
                       ["european_union sanctions russia"])
    }

    func testAMayorNamesTheirCityButHoldsNoStateRole() {
        let graph = sharedExtractor.extract(text: "وقال رئيس بلدية كييف فيتالي كليتشكو إن الدفاعات الجوية أسقطت عشر مسيرات.", document: "t.txt")
        XCTAssertTrue(graph.entities.contains { $0.kind == .person && $0.aliases.contains("فيتالي كليتشكو") }, "\(graph.entities.map(\.id))")
        XCTAssertFalse(graph.relations.contains { $0.type == .holdsRole })
    }

    func testFutureAuxiliariesMakeTheEventPlanned() {
        XCTAssertEqual(attribute("modality", of: "japan supports ukraine", in: "وأكد الوزير أن اليابان ستواصل دعم أوكرانيا."), "planned")
    }

    func testTheMinistryIsTheMinistryLastNamed() {
        XCTAssertEqual(edges("أعلنت وزارة الخارجية البولندية استدعاء السفير. واتهمت الوزارة موسكو بتنظيم هجمات إلكترونية."),
                       ["poland_foreign_ministry part_of poland", "poland criticizes russia"])
        XCTAssertEqual(edges("The Lithuanian foreign ministry summoned the envoy. The ministry accused Minsk of hybrid attacks."),
                       ["lithuania_foreign_ministry part_of lithuania", "lithuania criticizes belarus"])
        let spokesman = sharedExtractor.extract(
            text: "وانتقدت وزارة الخارجية التركية القرار، وقال المتحدث باسم الوزارة أونجو كتشالي إن أنقرة سترد.", document: "t.txt")
        XCTAssertEqual(spokesman.relations.first { $0.type == .holdsRole }?.target, "turkey_foreign_ministry")
    }

    func testOneTitleSharedByTwoHolders() {
        XCTAssertEqual(edges("والتقى وزيرا الخارجية التركي هاكان فيدان والأذربيجاني جيهون بيراموف في أنقرة."),
                       ["fidan holds_role turkey", "bayramov holds_role azerbaijan", "bayramov met_with fidan"])
        XCTAssertEqual(edges("وقع الرئيسان الروسي فلاديمير بوتين والصيني شي جين بينغ بيانا مشتركا."),
                       ["putin holds_role russia", "xi_jinping holds_role china", "china cooperates_with russia", "putin met_with xi_jinping"])
    }

    func testSigningAndDefendingInThePresent() {
        XCTAssertEqual(edges("أردوغان وعلييف يوقعان اتفاقية دفاعية."), ["azerbaijan cooperates_with turkey", "erdogan met_with ilham_aliyev"])
        XCTAssertEqual(edges("وتنص الاتفاقية على أن تدافع تركيا عن أذربيجان."), ["turkey supports azerbaijan"])
    }

    func testCreditsInBracketsAndTagLinesNameNothing() {
        let text = "وقال وزير الدفاع البيلاروسي إن الوضع مستقر.\n(الصورة: أسوشيتد برس)\nالكلمات المفتاحية: روسيا، الصين\nTags: Poland, NATO"
        let graph = sharedExtractor.extract(text: text, document: "t.txt", date: "2024-08-12")
        XCTAssertEqual(graph.entities.map(\.id), ["belarus", "khrenin"])
    }

    func testARegimeIsTheStateItRules() {
        XCTAssertEqual(edges("وفرضت كندا عقوبات جديدة على نظام لوكاشينكو."), ["canada sanctions belarus"])
        XCTAssertEqual(edges("Canada imposed new sanctions on the Lukashenko regime."), ["canada sanctions belarus"])
        XCTAssertEqual(edges("Canada imposed new sanctions on Lukashenko's regime."), ["canada sanctions belarus"])
        XCTAssertEqual(edges("وانتقد ماكرون لوكاشينكو."), ["macron criticizes lukashenko"], "the person without a regime word")
    }

    func testATitleWithoutANameIsTheHolderOnTheArticlesDate() {
        XCTAssertEqual(edges("وقال وزير الدفاع الفنلندي إن بلاده ستعزز حدودها.", date: "2022-03-01"), ["kaikkonen holds_role finland"])
        XCTAssertEqual(edges("وقال وزير الدفاع الفنلندي إن بلاده ستعزز حدودها.", date: "2024-03-01"), ["hakkanen holds_role finland"])
        XCTAssertEqual(edges("Spanish Defence Minister Margarita Robles visited Latvia.", date: "2024-03-01"),
                       ["margarita_robles holds_role spain", "latvia met_with margarita_robles"])
    }

    func testARegimeWordAfterAnArabicNameOrATitleNamesTheRuledState() {
        XCTAssertEqual(edges("اتهم سيكورسكي نظام لوكاشينكو بشن هجمات على بولندا."),
                       ["sikorski criticizes belarus", "belarus attacks poland"])
        XCTAssertEqual(edges("واتهم وزير الخارجية البولندي نظام لوكاشينكو بشن هجمات على بولندا.", date: "2025-01-10"),
                       ["sikorski holds_role poland", "sikorski criticizes belarus", "belarus attacks poland"])
    }

    func testAShortEventWordAfterTheAccusedIsWhatIsAlleged() {
        XCTAssertEqual(attribute("modality", of: "belarus attacks lithuania", in: "اتهمت فيلنيوس مينسك بشن هجوم على ليتوانيا."), "reported")
    }

    func testADatelineWithAFullDateNamesNothing() {
        XCTAssertEqual(edges("BRUSSELS, March 4, 2025 (Reuters) - Hungary criticised Ukraine on Tuesday."), ["hungary criticizes ukraine"])
        XCTAssertEqual(edges("TALLINN, Estonia, June 2 (Sky News Arabia) - Estonia criticised Russia."), ["estonia criticizes russia"])
    }

    func testTheObjectAfterADayBetweenCommas() {
        XCTAssertEqual(edges("استدعت لاتفيا، الخميس، القائم بالأعمال البيلاروسي."), ["latvia criticizes belarus"])
    }

    func testAnAccusationNeedsReportedSpeechInItsSentence() {
        let text = "وقال بودريس إن بلاده سترد. كما استدعت ليتوانيا القائم بالأعمال البيلاروسي احتجاجا على انتهاك طائرات مسيرة للمجال الجوي."
        XCTAssertEqual(edges(text), ["lithuania criticizes belarus"], "Budrys, who spoke before, accuses no one here")
    }

    func testWhatAWarningSaysMayHappenIsNoDeed() {
        XCTAssertEqual(attribute("modality", of: "iran attacks israel", in: "وحذر نتنياهو من أن إيران قد تهاجم إسرائيل قريبا."), "planned")
        XCTAssertEqual(attribute("modality", of: "china attacks taiwan", in: "Officials fear China could attack Taiwan by 2027."), "planned")
    }

    func testAllowingAnotherStatesForcesIsCooperationWhenAlleged() {
        let text = "Georgia accused Armenia of allowing Russian troops to cross its territory."
        XCTAssertEqual(attribute("modality", of: "armenia cooperates_with russia", in: text), "reported")
    }
}
