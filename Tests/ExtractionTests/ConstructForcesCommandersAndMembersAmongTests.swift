import XCTest
@testable import Extraction

/// An Arabic institution word in the construct state closes with its state's nisba after the
/// words it governs; an adjective of service stands between a title and its nisba; a state said
/// to be among a bloc's states in a nominal sentence is a member; the commander of a nisba's
/// defence forces serves that state's army.
final class ConstructForcesCommandersAndMembersAmongTests: XCTestCase {
    func testAConstructOfForcesClosesWithItsStatesNisba() {
        let found = edges("والتقى قائد قوات العمليات الخاصة الأوكرانية أولكسندر تريبوبا بالجنود.")
        XCTAssertTrue(found.contains("aolksndr_triboba holds_role ukraine_army"), "\(found)")
        let drones = edges("والتقى قائد قوات الطائرات المسيرة الأوكرانية روبرت بروفدي بالجنود.")
        XCTAssertTrue(drones.contains("robrt_brofdi holds_role ukraine_army"), "\(drones)")
        let occupation = edges("وقصفت قوات الاحتلال الإسرائيلي مدينة غزة.")
        XCTAssertTrue(occupation.contains("israel_army part_of israel"), "\(occupation)")
    }

    func testAnAdjectiveOfServiceBetweenATitleAndItsNisba() {
        let found = edges("والتقى القائد العسكري الأوكراني روبرت بروفدي بالجنود.")
        XCTAssertTrue(found.contains("robrt_brofdi holds_role ukraine"), "\(found)")
        let opposition = edges("والتقى الزعيم المعارض الروسي أليكسي نافالني بأنصاره.")
        XCTAssertFalse(opposition.contains("navalny holds_role russia"), "\(opposition)")
    }

    func testAStateSaidToBeAmongABlocsStatesIsAMember() {
        let few = edges("وتعد المجر وسلوفاكيا من الدول القليلة في الاتحاد الأوروبي التي تستورد النفط الروسي.")
        XCTAssertTrue(few.contains("hungary member_of european_union"), "\(few)")
        XCTAssertTrue(few.contains("slovakia member_of european_union"), "\(few)")
        let one = edges("وقال إن المجر إحدى دول الاتحاد الأوروبي.")
        XCTAssertTrue(one.contains("hungary member_of european_union"), "\(one)")
        let among = edges("وتعد بولندا من الدول الأعضاء في حلف الناتو.")
        XCTAssertTrue(among.contains("poland member_of nato"), "\(among)")
    }

    func testASubjectAfterItsVerbIsNoMemberOfWhereItBuysFrom() {
        let found = edges("واستوردت الصين من دول الخليج النفط.")
        XCTAssertFalse(found.contains { $0.contains("member_of") }, "\(found)")
    }

    func testTheCommanderOfANisbasDefenceForces() {
        let found = edges("General Janne Jaakkola, commander of the Finnish Defence Forces, said Russia was building new barracks.")
        XCTAssertTrue(found.contains("janne_jaakkola holds_role finland_army"), "\(found)")
        XCTAssertTrue(found.contains("finland_army part_of finland"), "\(found)")
    }
}
