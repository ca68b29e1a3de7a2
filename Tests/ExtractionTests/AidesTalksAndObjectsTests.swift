import XCTest
@testable import Extraction

/// Aides as advisers, known people written with given names the lexicon lacks, talks announced in
/// reported speech, objects of another preposition that are not asked, and the article's date.
final class AidesTalksAndObjectsTests: XCTestCase {
    func testAnAideHoldsAnAdvisersRoleNotHisPrincipals() {
        XCTAssertEqual(edges("وقال مساعد الرئيس الأوكراني ميخايلو بودولياك إن كييف لن تتنازل."), ["podolyak holds_role ukraine"])
        XCTAssertEqual(attribute("role", of: "podolyak holds_role ukraine", in: "وقال مساعد الرئيس الأوكراني ميخايلو بودولياك إن كييف لن تتنازل."),
                       "adviser")
    }

    func testTwoUnknownGivenNamesBeforeAKnownSurname() {
        XCTAssertEqual(edges("وصل الرئيس الأوزبكي شوكت ميرومونوفيتش ميرضيائيف إلى موسكو."), ["mirziyoyev holds_role uzbekistan", "mirziyoyev met_with russia"])
    }

    func testTalksAnnouncedInReportedSpeechAreThoseOfThePersonNamedAfterThat() {
        XCTAssertEqual(edges("وأعلن الكرملين أن أردوغان سيعقد محادثات مع بوتين في سوتشي."), ["erdogan met_with putin"])
        XCTAssertEqual(attribute("modality", of: "erdogan met_with putin", in: "وأعلن الكرملين أن أردوغان سيعقد محادثات مع بوتين في سوتشي."),
                       "planned")
        XCTAssertNil(attribute("modality", of: "putin met_with erdogan", in: "وقال الوزير إن بوتين أجرى محادثات مع أردوغان."))
    }

    func testAnActorAfterAnotherPrepositionIsNotAsked() {
        XCTAssertEqual(edges("Azerbaijan sought closer ties with Turkey and Pakistan."),
                       ["azerbaijan cooperates_with turkey", "azerbaijan cooperates_with pakistan"], "ties, but nobody is asked")
        XCTAssertEqual(edges("Armenia asked France and India for weapons."), ["armenia requests france", "armenia requests india"])
    }

    func testTheArticlesOwnDateWinsOverTheGivenOne() {
        XCTAssertEqual(edges("موسكو - 18/11/2023\n\nوقال وزير الدفاع الروسي إن القوات جاهزة.", date: "2025-06-01"),
                       ["shoigu holds_role russia"])
        XCTAssertEqual(edges("وقال وزير الدفاع الروسي إن القوات جاهزة.", date: "2025-06-01"), ["belousov holds_role russia"],
                       "without a date in the text, the given one")
    }

    func testTheHeadOfABodyIsNoPersonNamedAfterIt() {
        let graph = sharedExtractor.extract(text: "واستقبله رئيس صندوق الثروة السيادي النرويجي في أوسلو.", document: "t.txt")
        XCTAssertEqual(graph.entities.filter { $0.kind == .person }.map(\.id), [])
    }

    func testAnIndefiniteAccusativeNounIsTheObjectBeforeLaterActors() {
        XCTAssertEqual(edges("وانتقد الرئيس التركي رجب طيب أردوغان بنوداً في الاتفاق تمنح اليونان جزراً.", date: "2025-01-10"),
                       ["erdogan holds_role turkey"])
        XCTAssertEqual(edges("وانتقد أردوغان مجدداً اليونان."), ["erdogan criticizes greece"], "an adverb is no object")
    }

    func testHostingAPersonIsAMeeting() {
        XCTAssertEqual(edges("Kenyan President William Ruto hosted his Ethiopian counterpart in Nairobi on Monday.", date: "2025-01-10"),
                       ["william_ruto holds_role kenya", "ethiopia met_with william_ruto"])
        XCTAssertEqual(edges("Finland hosted joint drills with Sweden."), ["finland cooperates_with sweden"], "hosting drills is no meeting")
    }

    func testBothStatesAreTheLastTwoNamed() {
        XCTAssertEqual(edges("Egypt and Sudan met in Cairo. Both states are members of the African Union."),
                       ["egypt met_with sudan", "egypt member_of african_union", "sudan member_of african_union"])
    }

    func testAnEnglishNameBeforeItsTitleInApposition() {
        XCTAssertEqual(edges("The talks were led by Jane Doherty, the British special envoy, who met Erdogan in Ankara."),
                       ["jane_doherty holds_role united_kingdom", "erdogan met_with jane_doherty"])
        XCTAssertEqual(edges("On Tuesday, the Swiss envoy met Erdogan."), ["erdogan met_with switzerland"], "a day is no name")
    }

    func testLowerCaseEnglishWordsAfterATitleAreNoName() {
        let graph = sharedExtractor.extract(text: "For the region, the Finnish president is key.", document: "t.txt", date: "2025-10-01")
        XCTAssertEqual(graph.entities.filter { $0.kind == .person }.map(\.id), ["stubb"])
    }

    func testAnArabicNisbaBeforeATitleQualifiesTheNounBeforeIt() {
        let graph = sharedExtractor.extract(text: "ويترأس الوفد الروسي مساعد الرئيس فلاديمير ميدينسكي.", document: "t.txt", date: "2025-06-01")
        XCTAssertEqual(Set(graph.entities.map(\.id)), ["medinsky", "russia"],
                       "the nisba qualifies the delegation, which stands for Russia: no Russian aide is looked up")
    }

    func testTalksWithEveryoneOfAList() {
        let text = "زار وزير الخارجية التركي هاكان فيدان العاصمة الأذربيجانية باكو، حيث أجرى محادثات مع نظيره الأذربيجاني جيهون بيراموف والرئيس إلهام علييف."
        XCTAssertTrue(edges(text, date: "2025-06-01").isSuperset(of: ["bayramov met_with fidan", "fidan met_with ilham_aliyev"]))
    }

    func testDiscussingWithSomeoneIsAMeeting() {
        XCTAssertEqual(edges("ماكرون يبحث مع الرئيس الصيني شي جين بينغ الحرب في أوكرانيا."), ["xi_jinping holds_role china", "macron met_with xi_jinping"])
        XCTAssertEqual(attribute("modality", of: "erdogan met_with putin", in: "وقال أردوغان إنه سيبحث مع بوتين إحياء الاتفاق."), "planned")
    }

    func testHeadlinesOfTiesAndOfAttacksSuffered() {
        XCTAssertEqual(edges("Modi, Xi pledge deeper ties at Tianjin summit"), ["china cooperates_with india"])
        XCTAssertEqual(edges("Odesa hit by massive Russian drone attack"), ["russia attacks odesa", "russia_army part_of russia"])
    }
}
