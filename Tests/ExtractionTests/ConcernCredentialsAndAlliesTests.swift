import XCTest
import EntityGraph
@testable import Extraction

/// Concern voiced in Arabic, credentials received, and whose "ally" a state's is when the story
/// tells no meeting of that state.
final class ConcernCredentialsAndAlliesTests: XCTestCase {
    func testArabicConcernOverADeedCriticisesItsDoer() {
        let found = edges("أعربت المملكة العربية السعودية عن قلقها البالغ إزاء الغارات الإسرائيلية على سوريا.")
        XCTAssertTrue(found.contains("saudi_arabia criticizes israel"), "\(found)")
        let over = edges("وأعربت اليابان عن قلقها من تنامي التعاون العسكري بين موسكو وبكين.")
        XCTAssertTrue(over.contains("japan criticizes russia") && over.contains("japan criticizes china"), "\(over)")
    }

    func testReceivingAnAmbassadorsCredentialsIsAMeeting() {
        let found = edges("تسلم الرئيس السوري أحمد الشرع، قبل ظهر اليوم في قصر الشعب، أوراق اعتماد السفير التركي الجديد نوح يلماز.")
        XCTAssertTrue(found.contains("al_sharaa met_with noh_ilmaz"), "\(found)")
        let weapons = edges("تسلمت أوكرانيا أسلحة جديدة من ألمانيا.")
        XCTAssertTrue(weapons.contains("germany supports ukraine"), "\(weapons)")
        XCTAssertFalse(weapons.contains { $0.contains("met_with") }, "\(weapons)")
    }

    func testAnAllyIsTheStateOfTheCapitalTheSentenceNames() {
        let found = edges("China fired water cannon at a ship. The ambassador in Manila said Washington stood by its ally.")
        XCTAssertTrue(found.contains("united_states supports philippines"), "\(found)")
        XCTAssertFalse(found.contains("united_states supports china"), "\(found)")
    }

    func testAnAllyIsTheDatelineStateWhenNoCapitalIsNamed() {
        let found = edges("MANILA (Reuters) - China fired water cannon at a Philippine ship. A U.S. diplomat said Washington stood by its ally.")
        XCTAssertTrue(found.contains("united_states supports philippines"), "\(found)")
        XCTAssertFalse(found.contains("united_states supports china"), "\(found)")
    }
}
