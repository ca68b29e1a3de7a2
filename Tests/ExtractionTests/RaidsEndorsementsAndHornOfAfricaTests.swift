import XCTest
@testable import Extraction

/// Raids and incursions as attacks, endorsements as support, a party's candidate as its member,
/// broken diplomatic ties as sanctions, and the Horn of Africa's names (the TPLF, Assab, "أسمرا").
final class RaidsEndorsementsAndHornOfAfricaTests: XCTestCase {
    func testARaidIsAnAttackAndItsCondemnationCriticisesTheRaider() {
        let found = edges("An Israeli raid on the village of Beit Jinn in southern Syria killed 13 people. Jordan condemned the raid.")
        XCTAssertTrue(found.isSuperset(of: ["israel attacks beit_jinn", "jordan criticizes israel"]), "\(found)")
    }

    func testARaidAsAVerbIsNoAttack() {
        let found = edges("Azerbaijan raids Sputnik office as row with Russia deepens.")
        XCTAssertFalse(found.contains { $0.contains(" attacks ") }, "\(found)")
    }

    func testAnEndorsementIsSupport() {
        let found = edges("Nasry Asfura of the National Party led the count. U.S. President Donald Trump endorsed Asfura last week.")
        XCTAssertTrue(found.contains("trump supports nasry_asfura"), "\(found)")
    }

    func testAPartysCandidateIsItsMember() {
        let found = edges("Liberal Party candidate Salvador Nasralla said the count was manipulated.")
        XCTAssertTrue(found.contains("salvador_nasralla member_of liberal_party"), "\(found)")
        XCTAssertEqual(edges("candidate Salvador Nasralla said the count was manipulated."), [], "no party before the noun")
    }

    func testBreakingDiplomaticTiesIsASanction() {
        XCTAssertTrue(edges("Honduras broke diplomatic ties with Taiwan in 2023.").contains("honduras sanctions taiwan"))
    }

    func testTheTigrayFrontAssabAndAsmaraAreNamed() {
        let found = entityKinds(in: "وتدهورت العلاقات بعد اتفاق أنهى الحرب بين الحكومة الإثيوبية والجبهة الشعبية لتحرير تيغراي، واتهمت أسمرا أديس أبابا بالسعي للاستيلاء على ميناء عصب.")
        XCTAssertTrue(Set(found).isSuperset(of: ["tplf organization", "assab place", "asmara place"]), "\(found)")
        XCTAssertTrue(edges("واتهمت أسمرا أديس أبابا بالسعي للاستيلاء على ميناء عصب.").contains("eritrea criticizes ethiopia"))
    }
}
