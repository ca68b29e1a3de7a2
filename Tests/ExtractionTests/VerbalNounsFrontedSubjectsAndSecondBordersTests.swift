import XCTest
@testable import Extraction

/// A verbal noun of the second form after "شركة" names no company; a verb whose prepositional
/// phrase comes before its own subject does not go on with the subject of the clause before,
/// while a name joined to the phrase or its short name is no subject; a second English border
/// in a relative clause belongs to the clause's head, not to the first border's partner.
final class VerbalNounsFrontedSubjectsAndSecondBordersTests: XCTestCase {
    func testAVerbalNounOfTheSecondFormNamesNoCompany() {
        XCTAssertEqual(entityKinds(in: "قتل 3 مواطنين صينيين يعملون لدى شركة تعدين في جنوب طاجيكستان."), ["tajikistan state"])
        XCTAssertEqual(entityKinds(in: "يعمل المهندسون لدى شركة تأمين في طاجيكستان."), ["tajikistan state"])
        XCTAssertEqual(entityKinds(in: "وقعت الحكومة الطاجيكية عقدا مع شركة تالكو."), ["tajikistan state", "tajikistan_government organization", "talko organization"])
    }

    func testAFrontedPhraseKeepsTheVerbsOwnSubjectAfterAnEarlierClause() {
        let stationed = edges("وتمتد الحدود بين طاجيكستان وأفغانستان على نحو 1350 كيلومترا، ويتمركز في طاجيكستان نحو 7 آلاف جندي روسي.")
        XCTAssertTrue(stationed.contains("russia deploys_to tajikistan"), "\(stationed)")
        XCTAssertFalse(stationed.contains("afghanistan deploys_to tajikistan"), "\(stationed)")
        let member = edges("وتعد ماليزيا من أبرز الشركاء التجاريين لمصر في جنوب شرق آسيا، وهي عضو في رابطة دول جنوب شرق آسيا \"آسيان\" ومنظمة التعاون الإسلامي.")
        XCTAssertTrue(member.contains("malaysia member_of asean"), "\(member)")
        let bracketed = edges("وتعتمد سيشل على السياحة، وهي عضو في الاتحاد الأفريقي ومجموعة تنمية الجنوب الأفريقي (سادك).")
        XCTAssertTrue(bracketed.contains("seychelles member_of african_union"), "\(bracketed)")
    }

    func testASecondBorderInARelativeClauseBelongsToItsHead() {
        let two = edges("Latvia, which shares a 214-kilometer (133-mile) border with Russia and a 173-kilometer (107-mile) border with Belarus, "
                        + "has been among Ukraine's staunchest supporters.")
        XCTAssertTrue(two.contains("belarus borders latvia"), "\(two)")
        XCTAssertFalse(two.contains("belarus borders russia"), "\(two)")
    }
}
