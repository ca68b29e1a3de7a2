import XCTest
@testable import Extraction

/// A given name spelled like a verb after a title, a colonel's rank between a body and a name,
/// bodies a nisba only describes, exemptions from sanctions, troops kept abroad, posts kept, and
/// Moldova's foreign minister and Patriotic Bloc.
final class GivenNamesLikeVerbsExemptionsAndKeptPostsTests: XCTestCase {
    func testAGivenNameSpelledLikeAVerbOpensTheNameAfterATitle() {
        let text = "التقى وزير الجيش الأمريكي دان دريسكول وفدا روسيا في أبوظبي."
        let found = edges(text)
        XCTAssertTrue(found.contains("dan_driskol holds_role united_states_army"), "\(found)")
        XCTAssertTrue(found.contains("dan_driskol met_with russia"), "\(found)")
        XCTAssertTrue(edges("دان الرئيس الفرنسي الهجوم الروسي على أوكرانيا.").contains("macron criticizes russia"))
    }

    func testAColonelsRankBetweenTheBodyAndTheNameIsPassedOver() {
        let found = edges("وقال المتحدث باسم الجيش الأمريكي الكولونيل ديف باتلر إن المحادثات جيدة.")
        XCTAssertTrue(found.contains("dif_batlr holds_role united_states_army"), "\(found)")
    }

    func testANisbaThatDescribesTheBodiesNamedAfterItLeavesThemTheObject() {
        let english = edges("Washington imposed sanctions on Russian oil companies Rosneft and Lukoil.")
        XCTAssertTrue(english.contains("united_states sanctions rosneft"), "\(english)")
        XCTAssertTrue(english.contains("united_states sanctions lukoil"), "\(english)")
        XCTAssertFalse(english.contains("united_states sanctions russia"), "\(english)")
        let arabic = edges("فرضت واشنطن عقوبات على شركتي النفط الروسيتين \"روسنفت\" و\"لوك أويل\".")
        XCTAssertTrue(arabic.contains("united_states sanctions rosneft"), "\(arabic)")
        XCTAssertFalse(arabic.contains("united_states sanctions russia"), "\(arabic)")
        XCTAssertTrue(edges("The EU sanctioned Russian banks.").contains("european_union sanctions russia"))
    }

    func testAnExemptionFromSanctionsIsNoSanction() {
        XCTAssertEqual(edges("Trump granted Hungary an exemption from sanctions on Russian oil."), [])
        XCTAssertEqual(edges("منح ترامب المجر إعفاء من العقوبات على النفط الروسي."), [])
        XCTAssertTrue(edges("فرضت واشنطن عقوبات على روسيا.").contains("united_states sanctions russia"))
    }

    func testTroopsKeptAbroadAreADeploymentEvenAsAnAccusation() {
        let found = edges("Moldova accused Russia of keeping troops in Transnistria.")
        XCTAssertTrue(found.contains("russia deploys_to moldova"), "\(found)")
        XCTAssertEqual(attribute("modality", of: "russia deploys_to moldova", in: "Moldova accused Russia of keeping troops in Transnistria."), "reported")
    }

    func testAPostKeptIsARoleHeld() {
        let english = sharedExtractor.extract(text: "Moldova approved a government. Mihai Popsoi kept his post as foreign minister.",
                                              document: "t.txt", date: "2025-11-01")
        XCTAssertEqual(role(english, "popsoi", "moldova"), "foreign_minister")
        let arabic = sharedExtractor.extract(text: "وافق البرلمان المولدوفي على الحكومة. واحتفظ ميهاي بوبشوي بمنصبه وزيرا للخارجية.",
                                             document: "t.txt", date: "2025-11-01")
        XCTAssertEqual(role(arabic, "popsoi", "moldova"), "foreign_minister")
        XCTAssertEqual(edges("وأقيل الوزير من منصبه."), [])
    }

    func testMoldovasPatrioticBlocIsAPartyOfMoldova() {
        XCTAssertEqual(entityKinds(in: "The Patriotic Bloc accused PAS of usurping power."), ["pas organization", "patriotic_bloc organization"])
        XCTAssertTrue(edges("The Patriotic Bloc, led by Igor Dodon, accused PAS of usurping power.").contains("patriotic_bloc criticizes pas"))
    }
}
