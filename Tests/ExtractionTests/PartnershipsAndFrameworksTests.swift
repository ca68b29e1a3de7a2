import XCTest
@testable import Extraction

/// Partnerships and coordination as cooperation, blocs named as their framework, a suspended
/// partnership or halted aid as reduced relations, a reaction to what the sentence told before
/// ("وهو ما انتقدته"), solidarity, closed missions, and sanctions as states' acts.
final class PartnershipsAndFrameworksTests: XCTestCase {
    func testAPartnershipOrCoordinationBetweenTwoStates() {
        XCTAssertEqual(edges("وأكد الزعيمان متانة الشراكة الاستراتيجية بين طوكيو وسول."), ["japan cooperates_with south_korea"])
        XCTAssertEqual(edges("وقالت باريس إنها ستواصل التنسيق مع برلين."), ["france cooperates_with germany"])
    }

    func testABlocNamedAsTheFrameworkIsNoPartner() {
        XCTAssertEqual(edges("واتفقت الهند والبرازيل على التنسيق في إطار مجموعة بريكس."), ["brazil cooperates_with india"])
        XCTAssertEqual(edges("Turkey and Hungary cooperate within NATO."), ["hungary cooperates_with turkey"])
    }

    func testASuspendedPartnershipOrHaltedAidReducesRelations() {
        XCTAssertEqual(edges("وعلقت واشنطن الشراكة الاستراتيجية مع تبليسي."), ["united_states sanctions georgia"])
        XCTAssertEqual(edges("Washington suspended its strategic partnership with Tbilisi."), ["united_states sanctions georgia"])
        XCTAssertEqual(edges("وأوقفت ألمانيا مساعداتها العسكرية لأوكرانيا."), ["germany sanctions ukraine"])
        XCTAssertEqual(edges("وعلقت واشنطن العقوبات على مينسك."), [], "lifted sanctions are no new sanctions")
    }

    func testAReactionToWhatTheSentenceToldBefore() {
        let text = "وفرض الاتحاد الأوروبي عقوبات على شركات صينية، وهو ما انتقدته وزارة الخارجية الصينية بشدة."
        XCTAssertEqual(edges(text), ["european_union sanctions china", "china_foreign_ministry part_of china", "china criticizes european_union"])
        XCTAssertEqual(edges("وقال الوزير إن الوضع صعب، وهو ما انتقدته وزارة الخارجية الصينية."), ["china_foreign_ministry part_of china"],
                       "no deed was told before")
    }

    func testTwoStatesCoordinatingWithAThird() {
        XCTAssertEqual(edges("Estonia and Finland said they would coordinate their response with Oslo."),
                       ["estonia cooperates_with norway", "finland cooperates_with norway"])
        let drills = edges("Belarus and Russia began joint exercises near the border with Poland.")
        XCTAssertFalse(drills.contains { $0.contains("cooperates_with poland") || $0.hasPrefix("poland cooperates_with") },
                       "the border's partner is no partner of the exercises: \(drills)")
    }

    func testSolidarityClosedMissionsAndPartnersOfAnotherEvent() {
        XCTAssertEqual(edges("وأعرب الاتحاد الأوروبي عن قلقه، وأكد تضامن التكتل مع ليتوانيا."), ["european_union supports lithuania"])
        XCTAssertEqual(edges("وأعلنت التشيك إغلاق القنصلية الروسية في برنو."), ["czechia sanctions russia"])
        XCTAssertEqual(edges("وأعلنت التشيك إغلاق المعبر الحدودي مع سلوفاكيا."), ["czechia borders slovakia", "czechia sanctions slovakia"],
                       "closing a crossing is a border closure, with its partner")
        XCTAssertEqual(edges("وقال إن بكين تدعم تعزيز التعاون مع مينسك."), ["belarus cooperates_with china"], "the cooperation is supported, not Minsk")
    }

    func testSanctionsImposedByAPersonAreHisStates() {
        XCTAssertEqual(edges("Japanese Prime Minister Fumio Kishida imposed new sanctions on Russia.", date: "2023-05-01"),
                       ["kishida holds_role japan", "japan sanctions russia"])
    }

    func testTheHoldersOfTheirExercisesOpenTheirClause() {
        let text = "Nauseda urged Washington to keep troops in Lithuania, as Russia and Belarus wrapped up their Zapad-2025 military exercises."
        XCTAssertTrue(edges(text, date: "2025-09-19").contains("belarus cooperates_with russia"), "\(edges(text, date: "2025-09-19"))")
        XCTAssertEqual(edges("Finland and Sweden held their joint exercises."), ["finland cooperates_with sweden"], "no clause of its own")
        XCTAssertEqual(edges("Drills began near Brest on Monday."), [], "an event word opening the sentence has no possessive before it")
    }

    func testAnAidPackageAnnouncedByTheSubjectBeforeTheVerb() {
        XCTAssertEqual(edges("وكانت اليابان قد أعلنت الأسبوع الماضي حزمة مساعدات جديدة لمولدوفا."), ["japan supports moldova"])
        XCTAssertEqual(edges("والاتحاد الأوروبي يقر الحزمة العشرين من العقوبات على إيران."), ["european_union sanctions iran"])
        XCTAssertEqual(edges("وقال الوزير إن كندا أعلنت أن بولندا تقدم مساعدات لأوكرانيا."), ["poland supports ukraine"],
                       "the verb's own subject after أن holds the aid")
    }
}
