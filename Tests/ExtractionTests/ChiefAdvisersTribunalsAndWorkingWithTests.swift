import XCTest
@testable import Extraction

/// Bangladesh's "Chief Adviser", bodies named by "Tribunal" / "Court", a clause's opening phrase,
/// French overseas places and OCHA, "تعمل مع", and a pair anaphor that holds the subject.
final class ChiefAdvisersTribunalsAndWorkingWithTests: XCTestCase {
    func testChiefAdviserIsANationalTitle() {
        let graph = sharedExtractor.extract(text: "Chief Adviser Muhammad Yunus met the army chief.", document: "t.txt", date: "2025-11-01")
        XCTAssertEqual(role(graph, "muhammad_yunus", "bangladesh"), "chief_adviser")
    }

    func testATribunalOrACourtNamesABody() {
        XCTAssertEqual(entityKinds(in: "The International Crimes Tribunal in Dhaka sentenced her."),
                       ["dhaka place", "international_crimes_tribunal organization"])
        XCTAssertEqual(entityKinds(in: "The High Court in Nairobi suspended the deployment."), ["high_court organization", "nairobi place"])
    }

    func testAnOpeningPrepositionalPhraseHoldsNoSubject() {
        let text = "In a statement issued by her Awami League party, Hasina denied the charges and accused Muhammad Yunus of orchestrating the case."
        let found = edges(text, date: "2025-11-01")
        XCTAssertTrue(found.contains("sheikh_hasina criticizes muhammad_yunus"), "\(found)")
        XCTAssertFalse(found.contains("awami_league criticizes muhammad_yunus"), "\(found)")
    }

    func testFrenchOverseasPlacesAndOcha() {
        XCTAssertEqual(entityKinds(in: "وقال المتحدث باسم مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية إن الإعصار ضرب جزيرة مايوت."),
                       ["mayotte place", "ocha organization"])
        XCTAssertEqual(entityKinds(in: "Protests spread across New Caledonia and Guadeloupe."), ["guadeloupe place", "new_caledonia place"])
    }

    func testWorkingWithStatesIsCooperationWithEachOfThem() {
        let found = edges("وقال رئيس الوزراء المولدوفي إن مولدوفا ستعمل مع رومانيا وأوكرانيا على ربط شبكات الكهرباء.", date: "2025-11-01")
        XCTAssertTrue(found.isSuperset(of: ["moldova cooperates_with romania", "moldova cooperates_with ukraine"]), "\(found)")
        XCTAssertFalse(found.contains("romania cooperates_with ukraine"), "\(found)")
    }

    func testAPairAnaphorHoldingTheSubjectIsNoObject() {
        let text = "وشنت إسرائيل غارات على دمشق. وأدانت الأردن الغارات. وقال المبعوث إن الولايات المتحدة تعمل مع الطرفين للتوصل إلى تهدئة."
        let found = edges(text, date: "2025-11-01")
        XCTAssertFalse(found.contains("jordan cooperates_with united_states"), "\(found)")
        XCTAssertTrue(found.contains("israel attacks syria"), "\(found)")
    }

    func testAPairAfterBetweenStillHoldsTheSubject() {
        let found = edges("ورحب الرئيس بوساطة الإمارات بين روسيا وأوكرانيا، والتي أسفرت عن تبادل مئات الأسرى بين البلدين.", date: "2025-11-01")
        XCTAssertTrue(found.contains("russia cooperates_with ukraine"), "\(found)")
    }
}
