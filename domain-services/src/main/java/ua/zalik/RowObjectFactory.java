package ua.zalik;

import org.apache.ibatis.reflection.factory.DefaultObjectFactory;

import java.lang.reflect.Constructor;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Makes MyBatis's row objects with constructors looked up and opened once per type. Our rows are package-private
 * records; MyBatis's own factory looks their constructor up again for every row and calls it without access first,
 * so every mapped row threw and caught an {@link IllegalAccessException} (with its stack trace) before the retry: a
 * results table of 40 students threw hundreds (docs/performance.md).
 */
final class RowObjectFactory extends DefaultObjectFactory {

    private final ClassValue<Map<List<Class<?>>, Constructor<?>>> constructors = new ClassValue<>() {
        @Override
        protected Map<List<Class<?>>, Constructor<?>> computeValue(Class<?> type) {
            return new ConcurrentHashMap<>();
        }
    };

    @Override
    public <T> T create(Class<T> type, List<Class<?>> argTypes, List<Object> args) {
        if (type.isInterface() || type.isArray() || type.isPrimitive()) {
            return super.create(type, argTypes, args); // List, Map, Set...: MyBatis picks the class
        }
        List<Class<?>> key = argTypes == null || args == null ? List.of() : argTypes;
        Map<List<Class<?>>, Constructor<?>> ofType = constructors.get(type);
        Constructor<?> constructor = ofType.get(key);
        if (constructor == null) {
            try {
                constructor = type.getDeclaredConstructor(key.toArray(Class<?>[]::new));
                constructor.setAccessible(true);
            } catch (ReflectiveOperationException | RuntimeException e) {
                return super.create(type, argTypes, args); // MyBatis says what is wrong, in its words
            }
            ofType.put(List.copyOf(key), constructor);
        }
        try {
            return type.cast(constructor.newInstance(key.isEmpty() ? new Object[0] : args.toArray()));
        } catch (ReflectiveOperationException | RuntimeException e) {
            return super.create(type, argTypes, args);
        }
    }
}
