import XCTest
import EntityGraph
@testable import Extraction

/// Offices given by a verb of appointing, heads of a government named with no state, compass
/// words after a place's adjective, and partners of cooperation within a bloc.
final class AppointmentsAndUnnamedBodiesTests: XCTestCase {
    func testTheAccusativeFormOfATitleIsGeneratedFromItsPhrase() {
        XCTAssertEqual(AccusativeTitleForms.form(of: "رئيس الحكومة"), NameFolding.fold("رئيسا للحكومة"))
        XCTAssertEqual(AccusativeTitleForms.form(of: "رئيسة الوزراء"), NameFolding.fold("رئيسة للوزراء"))
        XCTAssertEqual(AccusativeTitleForms.form(of: "مستشار الأمن القومي"), NameFolding.fold("مستشارا للأمن القومي"))
        XCTAssertEqual(AccusativeTitleForms.form(of: "سفير"), NameFolding.fold("سفيرا"))
        XCTAssertNil(AccusativeTitleForms.form(of: "الرئيس"), "a definite head")
        XCTAssertNil(AccusativeTitleForms.form(of: "رئيس وزراء"), "an indefinite genitive")
        XCTAssertNil(AccusativeTitleForms.form(of: "قائده"), "a pronoun suffix")
    }

    func testAnArabicAppointeeHoldsTheAccusativeTitleInTheAppointersState() {
        let text = "عيّن رئيس قيرغيزستان صادر جباروف، الأربعاء، أديلبيك قاسمالييف رئيساً للوزراء."
        XCTAssertEqual(offices(ofRole: "prime_minister", in: text), ["kyrgyzstan"])
        XCTAssertEqual(offices(ofRole: "president", in: text), ["kyrgyzstan"], "the appointer's own title makes no second president")
    }

    func testTheFeminineTitleOfTheAppointerIsNoAccusativeTitle() {
        let text = "عيّنت رئيسة مولدوفا مايا ساندو ألكسندرو مونتيانو رئيساً للحكومة."
        let graph = sharedExtractor.extract(text: text, document: "t.txt", date: nil)
        let appointee = graph.relations.first { $0.type == .holdsRole && $0.attributes["role"] == "prime_minister" }
        XCTAssertEqual(appointee?.target, "moldova")
        XCTAssertNotEqual(appointee?.source, "sandu")
    }

    func testAnEnglishAppointeeHoldsTheTitleAfterAs() {
        let text = "Latvian President Edgars Rinkevics on Monday named Andris Spruds as defence minister."
        XCTAssertEqual(offices(ofRole: "defence_minister", in: text), ["latvia"])
        XCTAssertEqual(offices(ofRole: "defence_minister", in: "A man named John Smith was arrested in Riga."), [])
    }

    func testAOneWordTitleCompletedByAGenitiveIsNoOfficeOfTheState() {
        let text = "وعيّن الرئيس الجورجي ميخائيل كافيلاشفيلي غيورغي ماتشاراشفيلي قائداً للواء المدرع."
        XCTAssertEqual(offices(ofRole: "commander", in: text), [])
    }

    func testTheHeadOfAGovernmentNamedWithNoStateIsItsPrimeMinister() {
        let arabic = "وصل الرئيس البولندي كارول نافروتسكي إلى وارسو. وأدت الحكومة الجديدة برئاسة ماتيوس موراويتسكي اليمين أمامه."
        XCTAssertEqual(offices(ofRole: "prime_minister", in: arabic), ["poland"])
        let english = "Romanian President Nicusor Dan returned to Bucharest. The new government led by Ilie Bolojan won a confidence vote."
        XCTAssertTrue(edges(english).contains("ilie_bolojan holds_role romania"), "\(edges(english))")
    }

    func testACompassWordAfterAPlacesAdjectivePlacesItInTheState() {
        XCTAssertTrue(edges("ويقع إقليم أبخازيا الانفصالي شمال غربي جورجيا على البحر الأسود.").contains("abkhazia located_in georgia"))
    }

    func testABlocWithinWhichTwoStatesCooperateIsNoPartner() {
        let text = "Russian Security Council Secretary Sergei Shoigu met Kazakh President Kassym-Jomart Tokayev in Astana on Monday. "
            + "Tokayev's office said the two sides discussed border security and cooperation within the Collective Security "
            + "Treaty Organization, a Moscow-led alliance that includes Kazakhstan."
        let found = edges(text)
        XCTAssertTrue(found.contains("kazakhstan member_of csto"), "\(found)")
        XCTAssertFalse(found.contains { $0.contains("csto cooperates_with") || $0.hasSuffix("cooperates_with csto") }, "\(found)")
    }

    func testAnEnglishAppointeeAfterAnAppositionAndOneDismissedHoldTheOffice() {
        let text = "Kyrgyz President Sadyr Japarov on Monday dismissed Akylbek Japarov as chairman of the cabinet of ministers "
            + "and appointed his deputy, Adylbek Kasymaliev, as acting head of the government."
        let found = edges(text)
        XCTAssertTrue(found.contains("akylbek_japarov holds_role kyrgyzstan"), "\(found)")
        XCTAssertTrue(found.contains("adylbek_kasymaliev holds_role kyrgyzstan"), "\(found)")
        XCTAssertEqual(offices(ofRole: "president", in: text), ["kyrgyzstan"])
    }
}
