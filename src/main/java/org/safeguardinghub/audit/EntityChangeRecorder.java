package org.safeguardinghub.audit;

import jakarta.persistence.EntityManagerFactory;
import java.time.temporal.TemporalAccessor;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Records every insert, update and delete of an entity, in the same transaction as the change, so a
 * change without its audit line cannot be committed. Secrets and file contents are never copied.
 */
@Component
class EntityChangeRecorder implements PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener,
        SmartInitializingSingleton {

    /** A one-time link in an email (password reset, briefing confirmation, subscription) must not outlive its use in the trail. */
    private static final java.util.regex.Pattern ONE_TIME_LINK = java.util.regex.Pattern.compile(
            "(/password-reset/|/briefing-confirmations/|/subscriptions/confirm/|/subscriptions/leave/)[A-Za-z0-9_-]+");

    private final EntityManagerFactory entityManagerFactory;
    private final AuditTrail trail;

    EntityChangeRecorder(EntityManagerFactory entityManagerFactory, AuditTrail trail) {
        this.entityManagerFactory = entityManagerFactory;
        this.trail = trail;
    }

    @Override
    public void afterSingletonsInstantiated() {
        var registry = entityManagerFactory.unwrap(SessionFactoryImplementor.class)
                .getServiceRegistry().getService(EventListenerRegistry.class);
        registry.appendListeners(EventType.POST_INSERT, this);
        registry.appendListeners(EventType.POST_UPDATE, this);
        registry.appendListeners(EventType.POST_DELETE, this);
    }

    @Override
    public void onPostInsert(PostInsertEvent event) {
        trail.recordChange(partnershipOf(event.getEntity()), AuditAction.CREATED, typeOf(event.getEntity()),
                event.getId(), null, state(event.getPersister(), event.getState()));
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        var before = event.getOldState() == null ? null : state(event.getPersister(), event.getOldState());
        trail.recordChange(partnershipOf(event.getEntity()), AuditAction.CHANGED, typeOf(event.getEntity()),
                event.getId(), before, state(event.getPersister(), event.getState()));
    }

    @Override
    public void onPostDelete(PostDeleteEvent event) {
        trail.recordChange(partnershipOf(event.getEntity()), AuditAction.REMOVED, typeOf(event.getEntity()),
                event.getId(), state(event.getPersister(), event.getDeletedState()), null);
    }

    @Override
    public boolean requiresPostCommitHandling(EntityPersister persister) {
        return false;
    }

    static String typeOf(Object entity) {
        return org.hibernate.Hibernate.getClass(entity).getSimpleName();
    }

    private static Long partnershipOf(Object entity) {
        return entity instanceof AuditedRecord record ? record.partnershipId() : null;
    }

    private static Map<String, Object> state(EntityPersister persister, Object[] values) {
        var names = persister.getPropertyNames();
        var state = new LinkedHashMap<String, Object>();
        for (int i = 0; i < names.length; i++) {
            state.put(names[i], describe(names[i], values[i]));
        }
        return state;
    }

    private static Object describe(String name, Object value) {
        if (value == null) {
            return null;
        }
        if (name.toLowerCase().contains("password") || name.toLowerCase().contains("secret")) {
            return "[not recorded]";
        }
        if (value instanceof byte[] bytes) {
            return "[" + bytes.length + " bytes]";
        }
        if (value instanceof String text) {
            return ONE_TIME_LINK.matcher(text).replaceAll("$1[not recorded]");
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value;
        }
        if (value instanceof TemporalAccessor || value instanceof Enum<?>) {
            return value.toString();
        }
        return String.valueOf(value);
    }
}
