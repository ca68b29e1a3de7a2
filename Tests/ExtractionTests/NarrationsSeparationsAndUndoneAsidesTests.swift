import XCTest
import EntityGraph
@testable import Extraction

/// The EU's High Representative by her full Arabic title; an agent phrase after a party's
/// adjective and comma; an undoing word before a time aside; what the journalist tells after a
/// reported speech is no criticism of the speaker's; "which separates it from" a state is a
/// border; an unknown name set off by a comma after a describing noun; a website in quotation
/// marks.
final class NarrationsSeparationsAndUndoneAsidesTests: XCTestCase {
    func testTheHighRepresentativesFullArabicTitle() {
        XCTAssertEqual(edges("وقالت الممثلة العليا للشؤون الخارجية والسياسة الأمنية في الاتحاد الأوروبي كايا كالاس إن الحكم مؤسف.", date: "2025-11-01"),
                       ["kallas holds_role european_union"])
    }

    func testAnAgentPhraseAfterAPartysAdjectiveAndComma() {
        XCTAssertEqual(edges("وأعلن حزب \"الحلم الجورجي\" الحاكم، الذي أسسه الملياردير بيدزينا إيفانيشفيلي، تعليق المحادثات.", date: "2025-11-01"),
                       ["ivanishvili holds_role georgian_dream"])
    }

    func testAnUndoingWordBeforeATimeAsideUndoesTheEvent() {
        XCTAssertEqual(edges("وكانت الولايات المتحدة قد علقت في وقت سابق شراكتها الاستراتيجية مع جورجيا.", date: "2025-11-01"),
                       ["united_states sanctions georgia"])
    }

    func testWhatIsToldAfterTheSpeechIsNoCriticismOfTheSpeakers() {
        let text = "Estonia will build obstacles, Defence Minister Hanno Pevkur said on Thursday, after Russian fighter jets violated Estonian airspace."
        XCTAssertEqual(edges(text, date: "2025-11-01"), ["pevkur holds_role estonia", "russia_army part_of russia"])
    }

    func testWhatSeparatesAStateFromAnotherIsTheirBorder() {
        XCTAssertEqual(edges("Estonia will fortify the Narva river, which separates it from Russia.", date: "2025-11-01"), ["estonia borders russia"])
        XCTAssertEqual(edges("ستحصن إستونيا نهر نارفا الذي يفصلها عن روسيا.", date: "2025-11-01"), ["estonia borders russia"])
    }

    func testAnUnknownNameSetOffByACommaAfterADescribingNounAndAQuotedWebsite() {
        XCTAssertEqual(entityKinds(in: "اعتقلت الشرطة الصحفية مزيا أماغلوبيلي، مؤسسة موقع «باتومليبي»."),
                       ["batomlibi organization", "mzia_amaghlobili person"])
    }
}
