import XCTest
@testable import Extraction

/// Appositions read in part, groups spelled out as their members, places described by their
/// kind, rights granted, plural titles, guests hosted together and places bordering states.
final class AppositionsGroupsAndGuestsTests: XCTestCase {
    func testTheObjectFollowsATitleReadOnlyInPart() {
        let text = "استقبل أيمن الصفدي، وزير الخارجية وشؤون المغتربين الأردني بالنيابة، أمس، نظيره السوري أسعد الشيباني."
        XCTAssertTrue(edges(text).contains("safadi met_with shaibani"), "\(edges(text))")
    }

    func testABareMinisterTitleKeepsTheOfficeTheDocumentGaveThePerson() {
        let text = "استقبل وزير الخارجية الأردني أيمن الصفدي نظيره السوري أسعد الشيباني. وأكد الوزير الصفدي دعم الأردن لسوريا."
        let found = edges(text)
        XCTAssertFalse(found.contains("safadi holds_role syria"), "\(found)")
        XCTAssertTrue(found.contains("safadi holds_role jordan"), "\(found)")
    }

    func testAGroupSpelledOutAfterACommaIsEachOfItsStates() {
        let arabic = edges("انتقدت موسكو الترويكا الأوروبية، فرنسا وبريطانيا وألمانيا، بسبب العقوبات.")
        let english = edges("Moscow criticised the E3, France, Britain and Germany, over the sanctions.")
        for found in [arabic, english] {
            for state in ["e3", "france", "united_kingdom", "germany"] {
                XCTAssertTrue(found.contains("russia criticizes \(state)"), "\(state): \(found)")
            }
        }
        XCTAssertFalse(edges("Moscow criticised Paris, Britain and Germany, over the sanctions.").contains("russia criticizes e3"))
    }

    func testAPlaceDescribedByItsKindLiesInTheStateNamedAfter() {
        XCTAssertTrue(edges("Russian troops are based in Abkhazia, a breakaway region of Georgia, since 2008.")
            .contains("abkhazia located_in georgia"))
        XCTAssertTrue(edges("تنتشر قوات روسية في أبخازيا، الإقليم الانفصالي في شمال جورجيا، منذ 2008.")
            .contains("abkhazia located_in georgia"))
        XCTAssertFalse(edges("Russian troops are based in Abkhazia, a region Georgia lost in 2008.")
            .contains("abkhazia located_in georgia"))
    }

    func testANameBeforeAnIndefiniteTitleIsAPerson() {
        let graph = sharedExtractor.extract(text: "Igor Petrenko, a senior adviser to President Vladimir Putin, said the talks were useful.",
                                            document: "t.txt")
        XCTAssertEqual(graph.entities.filter { $0.kind == .person }.map(\.name).sorted(), ["Igor Petrenko", "Vladimir Putin"])
    }

    func testGrantingRightsIsCooperation() {
        XCTAssertTrue(edges("Georgia will grant Turkey exclusive rights to run the port.").contains("georgia cooperates_with turkey"))
        XCTAssertTrue(edges("منحت جورجيا تركيا حقوق تشغيل الميناء.").contains("georgia cooperates_with turkey"))
        XCTAssertEqual(edges("Georgia granted Turkey a loan."), ["georgia supports turkey"]) // a loan is support, no cooperation
    }

    func testRetakingAPlaceIsAnAttackOnIt() {
        XCTAssertTrue(edges("Georgian forces retook Abkhazia in a short offensive.").contains("georgia attacks abkhazia"))
        XCTAssertTrue(edges("وكانت القوات الجورجية استعادت السيطرة على أبخازيا.").contains("georgia attacks abkhazia"))
    }

    func testASecurityPartnerIsAnAlly() {
        XCTAssertTrue(edges("Moscow, Yerevan's traditional security partner, kept silent.").contains("armenia allied_with russia"))
    }

    func testAPluralTitleGivesTheSecondNameItsLexiconOffice() {
        let found = edges("Foreign Ministers Sergei Lavrov and Wang Yi met in Beijing.", date: "2025-03-01")
        XCTAssertTrue(found.contains("wang_yi holds_role china"), "\(found)")
        XCTAssertFalse(edges("Foreign Minister Sergei Lavrov and Wang Yi met in Beijing.", date: "2025-03-01")
            .contains("wang_yi holds_role china"))
    }

    func testGuestsOfTwoStatesHostedTogetherMetEachOther() {
        XCTAssertTrue(edges("Erdogan hosted Vladimir Putin and Volodymyr Zelensky in Istanbul.").contains("putin met_with zelensky"))
        XCTAssertFalse(edges("Erdogan met Vladimir Putin and Volodymyr Zelensky in Istanbul.").contains("putin met_with zelensky"))
        XCTAssertFalse(edges("Erdogan hosted Vladimir Putin and Sergei Lavrov in Istanbul.").contains("lavrov met_with putin"))
    }

    func testAPlaceHeadingARelativeClauseBordersTheStatesAfterIt() {
        let found = edges("The road leads to Abkhazia, which borders Russia.")
        XCTAssertTrue(found.contains("abkhazia borders russia"), "\(found)")
        XCTAssertFalse(edges("الطريق يؤدي إلى أبخازيا التي تحد روسيا.").contains("abkhazia borders russia"))
    }
}
