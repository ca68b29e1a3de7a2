import XCTest
@testable import Extraction

/// A woman sworn in with a bare feminine title, a neighbouring state's president, a border list
/// going on after an Arabic comma, the island nation that is the sentence's subject, a
/// generational suffix, a state after "in the", and a subject's own capital as no partner.
final class OathsOfPresidentsNeighboursAndIslandNationsTests: XCTestCase {
    func testAWomanSwornInWithABareFeminineTitleHoldsItInTheStateAfterIt() {
        XCTAssertEqual(edges("أدت جينيفر سيمونز اليمين الدستورية رئيسة لسورينام.", date: "2025-11-01"),
                       ["jinifr_simonz holds_role suriname"])
    }

    func testANeighbouringStatesPresidentIsNamedAfterTheAdjective() {
        let text = "وحضر مراسم التنصيب رئيس غيانا المجاورة عرفان علي، الذي التقى الرئيسة الجديدة."
        let graph = sharedExtractor.extract(text: text, document: "t", date: "2025-11-01")
        XCTAssertEqual(role(graph, "arfan_ali", "guyana"), "president")
    }

    func testABorderListGoesOnAfterACommaAndADirection() {
        XCTAssertEqual(edges("وتحد سورينام من الغرب غيانا، ومن الشرق إقليم غويانا الفرنسية، ومن الجنوب البرازيل.", date: "2025-11-01"),
                       ["guyana borders suriname", "brazil borders suriname"])
    }

    func testTheIslandNationIsTheSentencesSubjectAndASuffixEndsTheName() {
        let text = "KOROR, Palau, Oct 14 (Reuters) - Palau will not cut its ties with Taiwan despite pressure from China, "
            + "President Surangel Whipps Jr. said on Tuesday, as the Pacific island nation prepares to host a U.S. military radar system."
        XCTAssertEqual(edges(text, date: "2025-11-01"), ["surangel_whipps holds_role palau", "united_states deploys_to palau"])
    }

    func testAStateAfterInTheIsNoSubject() {
        XCTAssertEqual(edges("China's embassy in the Federated States of Micronesia accused Palau of lying.", date: "2025-11-01"),
                       ["china criticizes palau", "china_embassy part_of china"])
    }

    func testASubjectsOwnCapitalIsNoPartner() {
        let text = "The United States is building a radar on Palau under the Compact of Free Association, "
            + "which gives Washington exclusive military access to the archipelago in return for economic assistance."
        XCTAssertFalse(edges(text, date: "2025-11-01").contains { $0.hasPrefix("united_states supports") }, "\(edges(text, date: "2025-11-01"))")
    }
}
