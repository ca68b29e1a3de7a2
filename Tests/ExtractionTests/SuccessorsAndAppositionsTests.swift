import XCTest
import EntityGraph
@testable import Extraction

/// Predecessors in office, qualifiers before an office, a former title naming someone the story
/// named, members given as examples, neighbours in apposition, names modifying a noun, clauses
/// after a place noun, known capitals, accusations of taking part, and a proclitic preposition
/// cut off from a definite event noun.
final class SuccessorsAndAppositionsTests: XCTestCase {
    func testPredecessorHoldsTheSuccessorsOffice() {
        let arabic = "وصل الأمين العام الجديد لحلف شمال الأطلسي مارك روته إلى كييف، في أول زيارة له منذ توليه منصبه خلفاً للنرويجي ينس ستولتنبرغ."
        XCTAssertTrue(edges(arabic, date: "2024-10-03").isSuperset(of: ["rutte holds_role nato", "stoltenberg holds_role nato"]))
        XCTAssertEqual(attribute("role", of: "shoigu holds_role russia",
                                 in: "Russian Defence Minister Andrei Belousov, who replaced Sergei Shoigu in May, met Khrenin.", date: "2024-10-03"),
                       "defence_minister")
        XCTAssertEqual(edges("Putin replaced Sergei Shoigu with Andrei Belousov.", date: "2024-10-03"), [])
    }

    func testQualifierBetweenTitleAndOffice() {
        XCTAssertEqual(edges("التقى الرئيس الجديد للبنان جوزيف عون وفدا أوروبيا.", date: "2025-02-03"), ["joseph_aoun holds_role lebanon"])
    }

    func testFormerTitleNamesTheHolderTheStoryNamed() {
        let text = "التقى مارك روته زيلينسكي.\nوكان رئيس الوزراء الهولندي السابق قد تعهد بمواصلة نهج سلفه في دعم كييف."
        let found = edges(text, date: "2024-10-03")
        XCTAssertTrue(found.contains("rutte supports ukraine"))
        XCTAssertFalse(found.contains("rutte holds_role netherlands"))
    }

    func testMembersGivenAsExamples() {
        XCTAssertEqual(edges("أعضاء حلف الناتو، مثل المجر وبولندا، يرفضون ذلك."), ["hungary member_of nato", "poland member_of nato"])
        XCTAssertEqual(edges("NATO members such as Poland and Lithuania have asked for more troops."),
                       ["poland member_of nato", "lithuania member_of nato"])
    }

    func testNeighboursInAppositionByPossessive() {
        let graph = sharedExtractor.extract(text: "Lithuania and Poland, Belarus's neighbors to the west, condemned the exercises.", document: "t.txt")
        XCTAssertEqual(graph.relation(source: "belarus", type: .borders, target: "lithuania")?.attributes["direction"], "west")
        XCTAssertNotNil(graph.relation(source: "belarus", type: .borders, target: "poland"))
    }

    func testPlaceAfterAStatesPossessiveIsANeighbour() {
        XCTAssertTrue(edges("Lithuania borders Russia's Kaliningrad exclave and Belarus, a close ally of Moscow.")
            .isSuperset(of: ["kaliningrad borders lithuania", "belarus borders lithuania", "kaliningrad located_in russia"]))
    }

    func testNameModifyingANounIsNoBlocJoined() {
        XCTAssertEqual(edges("Baltic states cut last power links with Russia and join EU grid"), [])
        XCTAssertEqual(edges("Sweden joined NATO exercises in the Baltic."), [])
        XCTAssertEqual(edges("Finland joined NATO in 2023."), ["finland member_of nato"])
    }

    func testRelativeClauseAfterAPlaceNoun() {
        XCTAssertTrue(edges("Russia's Kaliningrad exclave, which borders Lithuania and Poland, will rely on its own plants.")
            .isSuperset(of: ["kaliningrad borders lithuania", "kaliningrad borders poland", "kaliningrad located_in russia"]))
    }

    func testKnownCapitalAfterTheCapitalWord() {
        XCTAssertTrue(edges("استقبل لوكاشينكو شويغو في العاصمة مينسك.").contains("minsk capital_of belarus"))
        XCTAssertTrue(edges("He arrived in the capital Minsk on Tuesday.").contains("minsk capital_of belarus"))
    }

    func testCallingAnAlliancePartyToTheConflictAccusesIt() {
        XCTAssertEqual(edges("وقال دميتري بيسكوف إن الناتو طرف في النزاع."), ["peskov criticizes nato"])
        XCTAssertEqual(edges("Dmitry Peskov said NATO was a party to the conflict."), ["peskov criticizes nato"])
        XCTAssertEqual(edges("وقال الوزير إن بلاده ليست طرفا في النزاع."), [])
    }

    func testProcliticPrepositionAfterAnIndefiniteWordIsNotTheEventsObject() {
        let text = "زار الأمين العام لحلف الناتو كييف.\nوأكد أن دعم أوكرانيا في مواجهة الغزو الروسي يبقى أولوية للحلف."
        XCTAssertFalse(edges(text).contains("russia attacks nato"))
        XCTAssertTrue(edges("منذ بدء الغزو الروسي الشامل لأوكرانيا.").contains("russia attacks ukraine"))
    }
}
