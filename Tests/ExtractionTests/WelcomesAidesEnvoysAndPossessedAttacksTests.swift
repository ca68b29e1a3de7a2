import XCTest
@testable import Extraction

/// Guests welcomed by hosts named after the place, presidential aides with no state, the
/// envoy named after his principal's possessive, "its brutal attacks", deputies of the
/// Secretary of State, "the pontiff", and the verbs that step up an event.
final class WelcomesAidesEnvoysAndPossessedAttacksTests: XCTestCase {
    func testAGuestWelcomedAtAPlaceByHostsMetThemAll() {
        let found = edges("Pope Leo was welcomed at Beirut airport by President Joseph Aoun and Prime Minister Nawaf Salam.")
        XCTAssertTrue(found.contains("joseph_aoun met_with pope_leo_xiv"), "\(found)")
        XCTAssertTrue(found.contains("nawaf_salam met_with pope_leo_xiv"), "\(found)")
    }

    func testThePontiffIsThePope() {
        let found = edges("Pope Leo arrived in Lebanon on Sunday. Lebanese President Joseph Aoun received the pontiff at the presidential palace.")
        XCTAssertTrue(found.contains("joseph_aoun met_with pope_leo_xiv"), "\(found)")
    }

    func testThePresidentsAideWithNoStateKeepsTheLexiconsOffice() {
        let graph = sharedExtractor.extract(text: "وقال مساعد الرئيس للشؤون الخارجية يوري أوشاكوف إن اللقاء كان مفيدا.", document: "t.txt", date: "2025-11-01")
        XCTAssertEqual(role(graph, "ushakov", "russia"), "adviser")
    }

    func testTheEnvoyNotHisPrincipalHoldsTheTalks() {
        let found = edges("Trump's envoy Steve Witkoff held talks with Russian President Vladimir Putin in Moscow.", date: "2025-12-02")
        XCTAssertTrue(found.contains("putin met_with witkoff"), "\(found)")
        XCTAssertFalse(found.contains("putin met_with trump"), "\(found)")
    }

    func testAPossessiveBeforeModifiersAndAnEventVerbBeforeIt() {
        let found = edges("\"Russia continues its brutal attacks on Ukrainian cities,\" he said.")
        XCTAssertTrue(found.contains("russia attacks ukraine"), "\(found)")
        let launched = edges("Estonia has been one of Ukraine's strongest backers since Russia launched its invasion in February 2022.")
        XCTAssertTrue(launched.contains("russia attacks ukraine"), "\(launched)")
        XCTAssertFalse(launched.contains("estonia attacks ukraine"), "\(launched)")
    }

    func testTheDeputySecretaryOfStateIsAmerican() {
        let graph = sharedExtractor.extract(text: "Ukraine said so. Deputy Secretary of State Christopher Landau spoke.", document: "t.txt", date: "2025-11-01")
        XCTAssertEqual(role(graph, "christopher_landau", "united_states"), "deputy_foreign_minister")
        XCTAssertNil(role(graph, "christopher_landau", "ukraine"))
    }

    func testSteppingUpStrikesTellsWhoStrikes() {
        let found = edges("Pope Leo urged calm as Israel steps up strikes on Hezbollah.")
        XCTAssertTrue(found.contains("israel attacks hezbollah"), "\(found)")
    }

    func testKushnerIsKnown() {
        let kinds = entityKinds(in: "وصل المبعوث الأمريكي ستيف ويتكوف وجاريد كوشنر إلى موسكو.")
        XCTAssertTrue(kinds.contains("jared_kushner person"), "\(kinds)")
    }
}
