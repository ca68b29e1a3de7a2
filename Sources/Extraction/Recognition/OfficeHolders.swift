/// The holders of an office a title names without a name: the person the story named so, or the
/// one the lexicon's role table gives on the article date.
extension DocumentContext {
    /// The person this document last named with `role` in `office` ("الوزير الروسي" after
    /// "وزير الخارجية الروسي X"); the generic `minister` matches every ministerial role (a minister
    /// of state too), `official` every role ("المسؤول الصيني"), and `leader` every leading role
    /// ("the Iranian leader" after "Iranian President X").
    func recentHolder(of role: String, in office: String) -> String? {
        searchBackwards(also: []) { person in
            guard self.affiliation[person] == office, let held = self.roles[person] else { return false }
            return held == role || role == RoleRecognizer.anyRole || (role == "minister" && held.contains("minister"))
                || (role == "leader" && self.lexicon.leaderRoles.contains(held))
        }
    }

    /// Whether this document already named someone other than `person` with `role` in `office`
    /// ("Prime Minister Narendra Modi" of India: "Prime Minister Harini Amarasuriya" later is no
    /// prime minister of India); a role several hold at once, or "minister", is never taken.
    func hasOtherHolder(of role: String, in office: String, than person: String) -> Bool {
        guard role != RoleRecognizer.genericRole, role != "minister", !lexicon.sharedRoles.contains(role),
              let holder = recentHolder(of: role, in: office) else { return false }
        return holder != person
    }

    /// The lexicon person holding `role` in `office` on the article date (or, without a date,
    /// the only holder the story names, else the one still in office), if exactly one does: two
    /// envoys at once name no one.
    func holder(of role: String, in office: String) -> String? {
        let holders = lexicon.holders(of: role, in: office)
        guard let date else {
            if let named = namedHolder(among: holders.map(\.person)) { return named }
            let current = holders.filter { $0.to == nil }
            return current.count == 1 ? current[0].person : nil
        }
        let current = holders.filter { holder in (holder.from ?? "") <= date && date < (holder.to ?? "9999") }
        return current.count == 1 ? current[0].person : nil
    }

    /// The holder of `role` in `office` as `holder(of:in:)` gives it, for a title one person holds
    /// at a time; nil for a title several hold at once ("نائب وزير الخارجية الروسي": which deputy
    /// is not told).
    func soleHolder(of role: String, in office: String) -> String? {
        lexicon.sharedRoles.contains(role) ? nil : holder(of: role, in: office)
    }
}
