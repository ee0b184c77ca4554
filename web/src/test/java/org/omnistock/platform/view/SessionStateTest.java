package org.omnistock.platform.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

/**
 * Back-office sessions are kept in the database and read by another server when a user's server dies
 * (docs/deployment.md): everything a view- or session-scoped page bean holds must serialize, and what it had
 * injected must not be transient, or the page goes on after a failover with its services gone (null). Liberty says
 * so only at run time, in its log, when it cannot write a session; this says it at build time, for every page.
 */
class SessionStateTest {

    @Test
    void everyPageBeanKeepsWhatItHoldsInASessionAnotherServerCanRead() throws Exception {
        List<Class<?>> beans = pageBeans();
        assertFalse(beans.isEmpty(), "the page beans were found");
        List<String> problems = new ArrayList<>();
        for (Class<?> bean : beans) {
            if (!Serializable.class.isAssignableFrom(bean)) {
                problems.add(bean.getName() + " is not Serializable");
            }
            for (Class<?> type = bean; type != null && type != Object.class; type = type.getSuperclass()) {
                for (Field field : type.getDeclaredFields()) {
                    if (Modifier.isStatic(field.getModifiers())) {
                        continue;
                    }
                    String where = bean.getSimpleName() + "." + field.getName();
                    if (field.isAnnotationPresent(Inject.class)) {
                        if (Modifier.isTransient(field.getModifiers())) {
                            problems.add(where + " is injected but transient: null once the session is read again");
                        }
                    } else if (!Modifier.isTransient(field.getModifiers())) {
                        check(field.getGenericType(), where, problems, new HashSet<>());
                    }
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    /** Whether a value of this type serializes, looking into collections' elements and records' components. */
    private static void check(Type type, String where, List<String> problems, Set<Type> seen) {
        if (!seen.add(type)) {
            return;
        }
        if (type instanceof ParameterizedType parameterized) {
            Class<?> raw = (Class<?>) parameterized.getRawType();
            if (!Collection.class.isAssignableFrom(raw) && !Map.class.isAssignableFrom(raw)
                    && !Optional.class.equals(raw)) {
                check(raw, where, problems, seen);
            }
            if (Optional.class.equals(raw)) {
                problems.add(where + " is an Optional, which does not serialize");
            }
            for (Type argument : parameterized.getActualTypeArguments()) {
                check(argument, where + "<>", problems, seen);
            }
            return;
        }
        if (type instanceof WildcardType wildcard) {
            for (Type bound : wildcard.getUpperBounds()) {
                check(bound, where, problems, seen);
            }
            return;
        }
        if (!(type instanceof Class<?> plain)) {
            return;
        }
        if (plain.isPrimitive() || plain.isEnum() || plain == String.class || plain == Object.class
                || Number.class.isAssignableFrom(plain) || plain == Boolean.class || plain == BigDecimal.class
                || Temporal.class.isAssignableFrom(plain) || plain.isInterface()) {
            return;
        }
        if (plain.isArray()) {
            check(plain.getComponentType(), where, problems, seen);
            return;
        }
        if (!Serializable.class.isAssignableFrom(plain)) {
            problems.add(where + " holds a " + plain.getName() + ", which is not Serializable");
            return;
        }
        if (plain.isRecord()) {
            for (RecordComponent component : plain.getRecordComponents()) {
                check(component.getGenericType(), where + "." + component.getName(), problems, seen);
            }
        }
    }

    /** The classes of this module annotated as view- or session-scoped, found among its compiled classes. */
    private static List<Class<?>> pageBeans() throws IOException, ClassNotFoundException {
        Path classes = Path.of("target/classes");
        List<Class<?>> beans = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, SessionStateTest.class.getClassLoader());
                if (type.isAnnotationPresent(ViewScoped.class) || type.isAnnotationPresent(SessionScoped.class)) {
                    beans.add(type);
                }
            }
        }
        return beans;
    }
}
