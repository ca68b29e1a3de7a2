import XCTest
@testable import Extraction

/// A state's title before a churchman's name, frozen participation as membership, companies and
/// parties named after a possessive pronoun or before "of" and their leader, states leading a
/// noun a relative clause describes, a dropped subject after "بعد أن", and rivals named after
/// their noun.
final class ChurchTitlesPartyLeadersAndTimeClausesTests: XCTestCase {
    func testAStatesTitleBeforeAChurchmansNameIsSomeoneElses() {
        XCTAssertEqual(edges("وفي خطاب متلفز، دعا رئيس الوزراء البطريرك كيريل إلى الحوار.", date: "2025-11-01"),
                       ["patriarch_kirill holds_role russian_orthodox_church"])
    }

    func testAStateThatFrozeItsParticipationInABlocIsAMember() {
        XCTAssertEqual(edges("وكانت أذربيجان قد جمدت مشاركتها في منظمة التعاون الإسلامي العام الماضي.", date: "2025-11-01"),
                       ["azerbaijan member_of organisation_of_islamic_cooperation"])
    }

    func testACapitalisedWordBetweenAPossessiveAndACompanyNounIsACompany() {
        XCTAssertEqual(entityKinds(in: "The minister said he had sold his Kovex conglomerate last year."), ["kovex organization"])
    }

    func testThePersonAfterAPartysNameAndOfIsItsMember() {
        XCTAssertEqual(edges("The centre-right Civic Platform party of Donald Tusk won the vote.", date: "2025-11-01"),
                       ["tusk member_of civic_coalition"])
        XCTAssertEqual(edges("The far-right Svoboda Republic party of Marek Novotny won the vote.", date: "2025-11-01"),
                       ["marek_novotny member_of svoboda_republic"])
    }

    func testAPossessivePronounBeforeAPartyIsThePersonNamedBefore() {
        XCTAssertEqual(edges("Viktor Orban said his Fidesz party would win again.", date: "2025-11-01"), ["orban member_of fidesz"])
    }

    func testTheStateLeadingTheHeadOfARelativeClauseDoesWhatItSays() {
        XCTAssertEqual(edges("The initiative has been run by a Polish-led coalition that has supplied Ukraine with tanks.", date: "2025-11-01"),
                       ["poland supports ukraine"])
    }

    func testARivalNamedAfterItsNounIsAPerson() {
        XCTAssertEqual(entityKinds(in: "وتقدم منافسه برانكو ياكوفليفيتش على المرشح الآخر."), ["branko_iakoflifitsh person"])
        XCTAssertEqual(entityKinds(in: "وقال منافسها سينيشا ميلوفانوفيتش إن النتائج مزورة."), ["sinisha_milofanofitsh person"])
    }

    func testAMasculineVerbAfterBadAnTakesTheMainClausesOnlyActor() {
        XCTAssertEqual(edges("ويواجه الرئيس الأرميني انتخابات العام المقبل، بعد أن وقع اتفاق سلام مع الرئيس الأذربيجاني إلهام علييف.", date: "2025-11-01"),
                       ["armenia cooperates_with azerbaijan", "ilham_aliyev holds_role azerbaijan"])
        XCTAssertEqual(edges("وفرضت الولايات المتحدة عقوبات على الرئيس الكولومبي غوستافو بيترو، بعد أن انتقد الضربات الأميركية.", date: "2025-11-01"),
                       ["gustavo_petro criticizes united_states", "gustavo_petro holds_role colombia", "united_states sanctions gustavo_petro"])
    }
}
