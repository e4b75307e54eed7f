package org.safeguardinghub.partnership;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.springframework.modulith.NamedInterface;

@Entity
@NamedInterface("api")
public class Partnership {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String slug;
    private String name;
    private String area;
    @Version
    private int version;

    protected Partnership() {
    }

    public Partnership(String slug, String name, String area) {
        this.slug = slug;
        this.name = name;
        this.area = area;
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public String getName() {
        return name;
    }

    public String getArea() {
        return area;
    }
}
