import Foundation
import XCTest
import EntityGraph
@testable import Extraction

/// Checks the lexicon resource files the way a reviewer would: ids, names, references, dates.
final class LexiconLintTests: XCTestCase {
    private let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../Sources/Extraction/Resources/lexicon").standardized

    private func load<T: Decodable>(_ name: String, _ type: T.Type) throws -> T {
        try JSONDecoder().decode(T.self, from: Data(contentsOf: folder.appendingPathComponent(name)))
    }

    private struct Names {
        var id: String
        var names: [String]
    }

    private func allNames() throws -> [Names] {
        let states = try load("states.json", [LexiconFiles.State].self)
        let places = try load("places.json", [LexiconFiles.Place].self)
        let organizations = try load("organizations.json", [LexiconFiles.Organization].self)
        let people = try load("people.json", [LexiconFiles.Person].self)
        return states.map { Names(id: $0.id, names: [$0.en] + ($0.en_aliases ?? []) + $0.ar) }
            + places.map { Names(id: $0.id, names: [$0.en] + ($0.en_aliases ?? []) + $0.ar) }
            + organizations.map { Names(id: $0.id, names: [$0.en] + ($0.en_aliases ?? []) + $0.ar) }
            + people.map { Names(id: $0.id, names: [$0.en] + ($0.en_aliases ?? []) + $0.ar) }
    }

    func testIdsAreUniqueAndNamesAreNotEmpty() throws {
        let entries = try allNames()
        let ids = entries.map(\.id)
        XCTAssertEqual(ids.count, Set(ids).count, "duplicate ids: \(Dictionary(grouping: ids, by: { $0 }).filter { $1.count > 1 }.keys.sorted())")
        for entry in entries {
            XCTAssertTrue(entry.id.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "_") }, entry.id)
            XCTAssertFalse(entry.names.contains { $0.trimmingCharacters(in: .whitespaces).isEmpty }, "empty alias in \(entry.id)")
            XCTAssertTrue(entry.names.contains { $0.unicodeScalars.contains { (0x0600...0x06FF).contains($0.value) } },
                          "\(entry.id) has no Arabic name")
        }
    }

    func testNoNameIsClaimedByTwoEntities() throws {
        var owners: [String: Set<String>] = [:]
        for entry in try allNames() {
            for name in entry.names { owners[NameFolding.fold(name), default: []].insert(entry.id) }
        }
        let shared = owners.filter { $0.value.count > 1 }.map { "\($0.key): \($0.value.sorted())" }.sorted()
        XCTAssertEqual(shared, [], "names claimed by two entities")
    }

    func testANameAPlaceSharesIsAStatesAndHasCues() throws {
        let stateNames = Set(try load("states.json", [LexiconFiles.State].self).flatMap(\.ar).map(NameFolding.fold))
        for place in try load("places.json", [LexiconFiles.Place].self) where place.ar_shared != nil {
            for name in place.ar_shared! { XCTAssertTrue(stateNames.contains(NameFolding.fold(name)), "\(place.id): \(name) is no state's name") }
            XCTAssertFalse(place.shared_cues?.isEmpty ?? true, "\(place.id) shares a name with no cue to tell them apart")
        }
    }

    func testEveryRegionHasItsPhrasesAndEveryRegionListItsStates() throws {
        let regions = Set(try load("states.json", [LexiconFiles.State].self).flatMap { $0.regions ?? [] })
        let lists = try load("function_words.json", LexiconFiles.FunctionWords.self).lists
        let named = Set(lists.keys.filter { $0.hasPrefix("region_") }.map { String($0.dropFirst("region_".count)) })
        XCTAssertFalse(regions.isEmpty)
        XCTAssertEqual(regions, named, "a region of states.json without a list region_<id>, or a list without states")
        for region in named { XCTAssertFalse(lists["region_" + region]!.values.joined().isEmpty, "region_\(region) names nothing") }
    }

    func testEveryStateHasNamesNisbasAndAKnownCapital() throws {
        let states = try load("states.json", [LexiconFiles.State].self)
        let places = Set(try load("places.json", [LexiconFiles.Place].self).map(\.id))
        XCTAssertGreaterThanOrEqual(states.count, 195, "every UN member and observer")
        var capitals: Set<String> = []
        for state in states {
            XCTAssertFalse(state.ar.isEmpty, state.id)
            XCTAssertTrue(!(state.nisba_ar?.isEmpty ?? true) || state.ambiguous_nisba == true,
                          "\(state.id) has no Arabic nisba and is not marked ambiguous_nisba")
            XCTAssertFalse(state.nisba_en?.isEmpty ?? true, "\(state.id) has no English adjective")
            for word in (state.ar_after_preposition ?? []) + (state.nisba_after_forces_ar ?? []) {
                XCTAssertTrue(!word.isEmpty && !word.contains(" "), "\(state.id): contextual name \(word) is not one word")
                XCTAssertTrue(state.ambiguous_nisba == true, "\(state.id): contextual names are for states with an ambiguous nisba")
            }
            if let capital = state.capital {
                XCTAssertTrue(places.contains(capital), "\(state.id): capital \(capital) is not in places.json")
                XCTAssertTrue(capitals.insert(capital).inserted, "\(capital) is the capital of two states")
            }
        }
    }

    func testReferencesAndRoleAndWarDatesAreValid() throws {
        let ids = Set(try allNames().map(\.id))
        for place in try load("places.json", [LexiconFiles.Place].self) {
            if let parent = place.located_in { XCTAssertTrue(ids.contains(parent), "\(place.id) → \(parent)") }
            if let body = place.acts_for { XCTAssertTrue(ids.contains(body), "\(place.id) acts for unknown \(body)") }
        }
        let states = Set(try load("states.json", [LexiconFiles.State].self).map(\.id))
        for organization in try load("organizations.json", [LexiconFiles.Organization].self) {
            XCTAssertNotNil(EntityKind(rawValue: organization.kind), organization.id)
            for parent in [organization.part_of, organization.located_in].compactMap({ $0 }) {
                XCTAssertTrue(ids.contains(parent), "\(organization.id) → \(parent)")
            }
            for member in organization.members ?? [] { XCTAssertTrue(states.contains(member), "\(organization.id): member \(member) is no state") }
        }
        let isoDate = try NSRegularExpression(pattern: #"^(19|20)\d\d-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$"#)
        let isDate: (String) -> Bool = { isoDate.firstMatch(in: $0, range: NSRange($0.startIndex..., in: $0)) != nil }
        for institution in try load("institutions.json", [LexiconFiles.Institution].self) {
            for (form, state) in institution.en_form_states ?? [:] {
                XCTAssertTrue(institution.en_forms.contains(form) && states.contains(state), "\(institution.id): \(form) → \(state)")
            }
        }
        for person in try load("people.json", [LexiconFiles.Person].self) {
            for role in person.roles ?? [] {
                XCTAssertTrue(ids.contains(role.of), "\(person.id): unknown office \(role.of)")
                if let from = role.from { XCTAssertTrue(isDate(from), "\(person.id): bad date \(from)") }
                if let to = role.to { XCTAssertTrue(isDate(to), "\(person.id): bad date \(to)") }
                if let from = role.from, let to = role.to { XCTAssertLessThan(from, to, "\(person.id) \(role.role)") }
            }
        }
        for state in try load("states.json", [LexiconFiles.State].self) {
            for war in state.wars ?? [] {
                XCTAssertTrue(ids.contains(war.against) && war.against != state.id, "\(state.id): war against \(war.against)")
                XCTAssertTrue(isDate(war.from), "\(state.id): bad date \(war.from)")
                if let to = war.to { XCTAssertTrue(isDate(to) && war.from < to, "\(state.id): bad date \(to)") }
            }
        }
    }

    func testFramesAndTitlesAreWellFormed() throws {
        let frames = try load("frames.json", [LexiconFiles.Frame].self)
        XCTAssertEqual(frames.map(\.name).count, Set(frames.map(\.name)).count)
        for frame in frames {
            XCTAssertTrue(RelationVocabulary.core.contains(RelationType(frame.type)), frame.name)
            XCTAssertTrue(["direct", "prep", "before"].contains(frame.object), frame.name)
            let reachedOtherwise = frames.contains { $0.or_frame == frame.name || $0.otherwise == frame.name }
            XCTAssertFalse(frame.ar.isEmpty && frame.en.isEmpty && !reachedOtherwise, "\(frame.name) has no trigger and no frame reads its triggers as it")
            XCTAssertEqual(frame.ar.count, Set(frame.ar).count, "duplicate trigger in \(frame.name)")
            if let other = frame.otherwise { XCTAssertTrue(frames.contains { $0.name == other }, "\(frame.name): otherwise \(other)") }
            if let other = frame.or_frame { XCTAssertTrue(frames.contains { $0.name == other }, "\(frame.name): or_frame \(other)") }
            for word in frame.possessor_object_words ?? [] {
                XCTAssertTrue(!word.contains(" ") && frame.en.contains { $0 == word || $0.hasSuffix(" " + word) },
                              "\(frame.name): possessor_object_words \(word) ends no English trigger")
            }
        }
        let titles = try load("titles.json", [LexiconFiles.Title].self)
        for title in titles {
            XCTAssertFalse(title.ar.isEmpty || title.en.isEmpty, title.role)
        }
        let lists = try load("function_words.json", LexiconFiles.FunctionWords.self).lists.keys
        for list in lists where list.hasPrefix(RoleRecognizer.distributivePrefix) {
            let role = String(list.dropFirst(RoleRecognizer.distributivePrefix.count))
            XCTAssertTrue(titles.contains { $0.role == role }, "\(list) names no role of titles.json")
        }
        let given = try load("given_names.json", [String: [String]].self)["ar"] ?? []
        XCTAssertEqual(given.count, Set(given).count, "duplicate given names")
    }

    func testNoPhraseBelongsToTwoMatchedFunctionLists() throws {
        let words = try load("function_words.json", LexiconFiles.FunctionWords.self)
        var owner: [String: String] = [:]
        for (name, languages) in words.lists.sorted(by: { $0.key < $1.key }) where !FunctionList.wordOnly.contains(name) {
            for phrase in languages.values.joined() {
                let key = NameFolding.fold(phrase)
                if let other = owner[key], other != name {
                    XCTFail("\"\(phrase)\" is in \(other) and \(name): only one of them would be matched")
                }
                owner[key] = name
            }
        }
    }

    func testNoFunctionListIsWrittenTwice() throws {
        let text = try String(contentsOf: folder.appendingPathComponent("function_words.json"), encoding: .utf8)
        var seen: Set<Substring> = []
        for line in text.split(separator: "\n") where line.hasPrefix(" \"") {
            let name = line.split(separator: "\"")[1]
            XCTAssertTrue(seen.insert(name).inserted, "\(name) is written twice in function_words.json: the second would replace the first")
        }
        XCTAssertGreaterThan(seen.count, 200)
    }

    func testWordOnlyListsFitTheirFlagsAndExistInTheData() throws {
        XCTAssertLessThanOrEqual(FunctionList.allCases.count, 64, "a word's lists are flags of one UInt64")
        let words = try load("function_words.json", LexiconFiles.FunctionWords.self)
        for list in FunctionList.allCases {
            XCTAssertNotNil(words.lists[list.rawValue], "\(list.rawValue) is missing from function_words.json")
        }
    }

    func testEachFunctionListHasItsOwnBitInDeclarationOrder() {
        for (place, list) in FunctionList.allCases.enumerated() {
            XCTAssertEqual(list.bit, 1 << UInt64(place), list.rawValue)
        }
    }

    func testBundledLexiconLoads() throws {
        let lexicon = try Lexicon.bundled()
        XCTAssertEqual(lexicon.entities["minsk"]?.capitalOf, "belarus")
        XCTAssertEqual(lexicon.entities["shoigu"]?.role(on: "2023-04-01")?.role, "defence_minister")
        XCTAssertEqual(lexicon.entities["shoigu"]?.role(on: "2024-06-01")?.role, "security_council_secretary")
    }
}
