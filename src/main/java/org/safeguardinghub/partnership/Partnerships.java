package org.safeguardinghub.partnership;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Finds partnerships; the entry point other modules use to turn a URL's slug into a partnership. */
@Service
@Transactional(readOnly = true)
@NamedInterface("api")
public class Partnerships {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final PartnershipRepository partnerships;

    Partnerships(PartnershipRepository partnerships) {
        this.partnerships = partnerships;
    }

    public Optional<Partnership> bySlug(String slug) {
        // The database's own rule for slugs: anything else (a NUL byte from an address) names no partnership.
        if (slug == null || !SLUG.matcher(slug).matches()) {
            return Optional.empty();
        }
        return partnerships.findBySlug(slug);
    }

    public List<Partnership> withIds(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : partnerships.findByIdInOrderByName(ids);
    }

    public List<Partnership> all() {
        return partnerships.findAll(org.springframework.data.domain.Sort.by("name"));
    }

    /**
     * Who keeps a shared organisation's or person's details, as the other partnerships that use
     * the record are told: "Kept by Shropshire Safeguarding Community Partnership. Ask them to change it."
     */
    public String keeperSentence(Long keeperPartnershipId) {
        var keeper = keeperPartnershipId == null ? Optional.<Partnership>empty() : partnerships.findById(keeperPartnershipId);
        return keeper.map(p -> "Kept by " + p.getName() + ". Ask them to change it.")
                .orElse("Kept by the Hub's system administrators. Ask them to change it.");
    }

    @Transactional
    public Partnership create(String slug, String name, String area) {
        return partnerships.save(new Partnership(slug, name, area));
    }
}
