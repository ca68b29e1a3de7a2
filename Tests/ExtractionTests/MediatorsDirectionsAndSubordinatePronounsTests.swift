import XCTest
import EntityGraph
@testable import Extraction

/// Mediators named after "بوساطة من"; "الملا" / "Mullah" before a name; a word of accusation
/// after "as" completing a criticism; a bloc's lowercase English name as a direction; "they"
/// opening a subordinate clause; "their first summit" as a meeting.
final class MediatorsDirectionsAndSubordinatePronounsTests: XCTestCase {
    func testStatesMediatingAfterBiwasatatMinAreNotTheTwoCountries() {
        let found = edges("اتفقت إثيوبيا وإريتريا على تهدئة بوساطة من السعودية والإمارات، بعد مواجهات بين البلدين.")
        XCTAssertTrue(found.contains("ethiopia attacks eritrea"), "\(found)")
        XCTAssertFalse(found.contains("saudi_arabia attacks united_arab_emirates"), "\(found)")
    }

    func testMullahBeforeANameIsAnHonorific() {
        XCTAssertEqual(personIDs(in: "وقال وزير الداخلية الأفغاني الملا سراج الدين حقاني إن الوضع مستقر."), ["sraj_aldin_hqani"])
        XCTAssertEqual(personIDs(in: "Interior Minister Mullah Sirajuddin Haqqani spoke on Monday."), ["sirajuddin_haqqani"])
    }

    func testAnAccusationAfterAsCompletesTheCriticismBeforeIt() {
        let found = edges("The buyer is close to a deal, Hungarian Foreign Minister Peter Szijjarto said. Moscow has criticised the U.S. sanctions as illegal and said it would respond.")
        XCTAssertTrue(found.contains("russia criticizes united_states"), "\(found)")
        XCTAssertFalse(found.contains("szijjarto criticizes united_states"), "\(found)")
    }

    func testALowercaseBlocNameIsADirectionAfterAPossessiveOrBeforeOfAPlace() {
        XCTAssertEqual(entityKinds(in: "North Korea fired missiles off its west coast."), ["north_korea state"])
        XCTAssertEqual(entityKinds(in: "Fighting raged in the west of Ukraine."), ["ukraine state"])
        XCTAssertEqual(entityKinds(in: "Putin accused the west of waging war against Russia."), ["putin person", "russia state", "west alliance"])
    }

    func testTheyOpeningASubordinateClauseIsTheJoinedSubject() {
        let found = edges("VIENNA, Oct. 30 (AP) -- Iranian Foreign Minister Abbas Araghchi and IAEA Director General Rafael Grossi agreed on Tuesday to continue technical cooperation in a \"constructive\" spirit, as they held their first meeting since the June war.")
        XCTAssertTrue(found.contains("araghchi met_with grossi"), "\(found)")
        let summit = edges("Lee Jae Myung and Sanae Takaichi held their first summit in Gyeongju.")
        XCTAssertTrue(summit.contains("lee_jae_myung met_with takaichi"), "\(summit)")
    }
}
