extension Ranking {
    /// The same ranking with only the list of priority `id` and that priority's unranked proposals
    /// (`ocenka rank --priority`); `nil` when the ranking has no such priority.
    public func onlyPriority(_ id: String) -> Ranking? {
        guard groups.contains(where: { $0.id == id }) else { return nil }
        return Ranking(procedure: procedure, isFinal: isFinal, policy: policy, groups: groups.filter { $0.id == id },
                       unranked: unranked.filter { $0.priority == id }, outcome: outcome)
    }
}
