package org.safeguardinghub.learning;

import java.util.Map;
import org.safeguardinghub.govuk.ChecksIdentifyingDetails;
import java.util.List;

/** A learning briefing's sections. */
class BriefingForm extends ChecksIdentifyingDetails {

    static final List<String> FIELDS = List.of("title", "background", "learning", "whyItMatters", "whatToDo",
            "reflection", "furtherReading");

    private String title;
    private String background;
    private String learning;
    private String whyItMatters;
    private String whatToDo;
    private String reflection;
    private String furtherReading;
    private int version;

    static BriefingForm of(LearningBriefing briefing) {
        var t = briefing.text();
        var form = new BriefingForm();
        form.title = t.title();
        form.background = t.background();
        form.learning = t.learning();
        form.whyItMatters = t.whyItMatters();
        form.whatToDo = t.whatToDo();
        form.reflection = t.reflection();
        form.furtherReading = t.furtherReading();
        form.version = briefing.getVersion();
        return form;
    }

    BriefingText toText() {
        return new BriefingText(title, background, learning, whyItMatters, whatToDo, reflection, furtherReading);
    }

    @Override
    protected Map<String, String> freeText() {
        return texts("title", title, "background", background, "learning", learning, "whyItMatters", whyItMatters, "whatToDo", whatToDo, "reflection", reflection, "furtherReading", furtherReading);
    }

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getBackground() { return background; }
    public void setBackground(String background) { this.background = background; }
    public String getLearning() { return learning; }
    public void setLearning(String learning) { this.learning = learning; }
    public String getWhyItMatters() { return whyItMatters; }
    public void setWhyItMatters(String whyItMatters) { this.whyItMatters = whyItMatters; }
    public String getWhatToDo() { return whatToDo; }
    public void setWhatToDo(String whatToDo) { this.whatToDo = whatToDo; }
    public String getReflection() { return reflection; }
    public void setReflection(String reflection) { this.reflection = reflection; }
    public String getFurtherReading() { return furtherReading; }
    public void setFurtherReading(String furtherReading) { this.furtherReading = furtherReading; }
    public int getVersion() { return version; }
    public void setVersion(int version) { this.version = version; }
}
