import XCTest
import EntityGraph
@testable import Extraction

/// Names written with a middle initial, leaders named between an Arabic verb of leading and
/// their body, a party's leader who holds a state's office too, and the Irish and Kenyan parties
/// and leaders in the lexicon.
final class InitialsAndVerbFirstLeadersTests: XCTestCase {
    func testANameWithAMiddleInitialMatches() {
        let graph = sharedExtractor.extract(text: "Connolly will succeed Michael D. Higgins, who has served two terms.", document: "t.txt", date: "2025-10-25")
        XCTAssertEqual(graph.entity(id: "michael_d_higgins")?.kind, .person)
    }

    func testALeaderBetweenAVerbOfLeadingAndTheBodyLeadsIt() {
        let found = edges("ويتزعم عبد العزيز الحلو الحركة الشعبية لتحرير السودان - شمال منذ 2017.", date: "2025-11-01")
        XCTAssertTrue(found.contains("abdelaziz_al_hilu holds_role splm_n"), "\(found.sorted())")
    }

    func testALeaderAfterANounOfLeadingLeadsNoCoordinatedBody() {
        let found = edges("ويخوض الجيش بقيادة عبد الفتاح البرهان وقوات الدعم السريع بقيادة محمد حمدان دقلو حربا منذ 2023.", date: "2025-11-01")
        XCTAssertFalse(found.contains("burhan holds_role rsf"), "\(found.sorted())")
        XCTAssertTrue(found.contains("hemedti holds_role rsf"), "\(found.sorted())")
    }

    func testTheLexiconKnowsIrishPartyLeaders() {
        let graph = sharedExtractor.extract(text: "Prime Minister Micheal Martin, the leader of Fianna Fail, congratulated Sinn Fein leader Mary Lou McDonald.",
                                            document: "t.txt", date: "2025-10-25")
        XCTAssertEqual(role(graph, "micheal_martin", "fianna_fail"), "leader")
        XCTAssertEqual(role(graph, "micheal_martin", "ireland"), "prime_minister")
        XCTAssertEqual(role(graph, "mary_lou_mcdonald", "sinn_fein"), "leader")
    }

    func testTheLexiconKnowsKenyasOppositionParty() {
        let graph = sharedExtractor.extract(text: "وقال زعيم الحركة الديمقراطية البرتقالية رايلا أودينغا إن حزبه سيدعم الحكومة.", document: "t.txt", date: "2025-03-10")
        XCTAssertEqual(role(graph, "raila_odinga", "odm"), "leader")
    }
}
