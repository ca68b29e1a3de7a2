import XCTest
import EntityGraph
@testable import Extraction

/// Companies named after their noun ("commodity trader X"), after their parent ("Rosneft
/// Deutschland") or before a describing phrase ("X, a Chinese-owned company"); a struck facility's
/// owner is no attacker; a separatist region's head and its office with no holder; "the two
/// sides" after a meeting in the same sentence; "the two regions"; "It" after "The ministry".
final class SubsidiariesSitesAndRegionPairsTests: XCTestCase {
    func testATraderNamedAfterItsNounIsACompany() {
        XCTAssertEqual(edges("Washington imposed sanctions on commodity trader Meridian, the Treasury said.", date: "2025-11-01"),
                       ["united_states sanctions meridian"])
    }

    func testAKnownCompanyAndCapitalisedWordsNameItsSubsidiary() {
        XCTAssertEqual(edges("Rosneft Deutschland was placed under trusteeship.", date: "2025-11-01"), ["rosneft_deutschland part_of rosneft"])
    }

    func testATitleCasedHeadlineOrALanguageNamesNoSubsidiary() {
        XCTAssertFalse(entityKinds(in: "Bulgaria Seizes Lukoil Refinery As Sanctions Loom").contains { $0.hasPrefix("lukoil_") })
        XCTAssertEqual(entityKinds(in: "RT Arabic reported the meeting."), ["rt organization"])
    }

    func testACompanyBeforeADescribingPhraseIsNamed() {
        XCTAssertEqual(entityKinds(in: "The attack targeted workers of Shohin SM, a Chinese-owned company, near the border."), ["shohin_sm organization"])
        XCTAssertEqual(entityKinds(in: "The attack was confirmed by Peter Sorensen, a company spokesman."), ["peter_sorensen person"])
        XCTAssertEqual(entityKinds(in: "Columbia Shipmanagement, the company that manages the tanker, lost contact with it."),
                       ["columbia_shipmanagement organization"])
    }

    func testAStruckFacilitysOwnerIsNoAttacker() {
        XCTAssertEqual(edges("ضربت مسيرات بحرية منشأة تابعة لغازبروم قرب ميناء نوفوروسيسك.", date: "2025-11-01"), [])
        XCTAssertEqual(edges("استهدفت طائرات مسيرة تابعة لقوات الدعم السريع مطار بورتسودان.", date: "2025-11-01"), ["rsf attacks port_sudan"])
    }

    func testASeparatistRegionsHeadIsNamedAndItsOfficeAloneIsNoActor() {
        XCTAssertEqual(edges("استقبل بوتين رئيس إقليم أبخازيا الانفصالي بادرا غونبا في الكرملين.", date: "2025-11-01"),
                       ["badra_ghonba met_with putin"])
        XCTAssertEqual(edges("بوتين يستقبل رئيس أبخازيا في الكرملين", date: "2025-11-01"), [])
    }

    func testTheTwoSidesAfterAMeetingInTheSentenceAreThoseWhoMet() {
        let found = edges("زار وزير الخارجية الفرنسي برلين. واستقبل بوتين رئيس إقليم أبخازيا بادرا غونبا، حيث بحث الجانبان تعزيز العلاقات.",
                          date: "2025-11-01")
        XCTAssertEqual(found, ["abkhazia cooperates_with russia", "badra_ghonba met_with putin", "barrot holds_role france", "barrot met_with germany"])
        XCTAssertEqual(edges("Vucic met the EU's special envoy Peter Sorensen, who urged both sides to return to talks.", date: "2025-11-01"),
                       ["peter_sorensen holds_role european_union", "peter_sorensen met_with vucic"])
    }

    func testTheTwoRegionsAreTheLastTwoPlacesNamed() {
        XCTAssertEqual(edges("اعترفت روسيا باستقلال أبخازيا وأوسيتيا الجنوبية، وتنشر آلاف الجنود في الإقليمين.", date: "2025-11-01"),
                       ["russia deploys_to georgia"])
    }

    func testAnAutonomyPhraseMayStandBetweenAPlaceAndTheStateAfterACompassWord() {
        XCTAssertEqual(edges("وتنشر روسيا نحو 1500 جندي في إقليم ترانسنيستريا الانفصالي شرقي مولدوفا.", date: "2025-11-01"),
                       ["russia deploys_to moldova", "transnistria located_in moldova"])
    }

    func testItAfterASentenceOpenedByTheMinistryIsTheMinistry() {
        let text = "Tajikistan's Foreign Ministry said the attack came from Afghanistan. The ministry said three people died. It urged the Taliban authorities to act."
        XCTAssertEqual(edges(text, date: "2025-11-01"), ["tajikistan requests taliban", "tajikistan_foreign_ministry part_of tajikistan"])
    }
}
