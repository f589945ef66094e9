package ua.zalik;

import org.apache.ibatis.reflection.ReflectionException;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RowObjectFactoryTests {

    private final RowObjectFactory factory = new RowObjectFactory();

    record Row(long id, String name) {
    }

    static final class Bean {
        String name;

        private Bean() {
        }
    }

    @Test
    void aPackagePrivateRecordIsMadeFromItsColumnsRowAfterRow() {
        for (int i = 0; i < 3; i++) {
            Row row = factory.create(Row.class, List.of(long.class, String.class), List.of(7L + i, "Оля"));
            assertThat(row).isEqualTo(new Row(7L + i, "Оля"));
        }
    }

    @Test
    void aClassWithAPrivateNoArgumentConstructorIsMade() {
        assertThat(factory.create(Bean.class)).isInstanceOf(Bean.class);
        assertThat(factory.create(Bean.class, List.of(), List.of())).isInstanceOf(Bean.class);
    }

    @Test
    void collectionInterfacesGetMyBatisClasses() {
        assertThat(factory.create(List.class)).isInstanceOf(ArrayList.class);
        assertThat(factory.<Map<?, ?>>create(cast(Map.class))).isEmpty();
    }

    @Test
    void aConstructorThatDoesNotExistIsMyBatisError() {
        assertThatThrownBy(() -> factory.create(Row.class, List.of(String.class), List.of("x")))
                .isInstanceOf(ReflectionException.class).hasMessageContaining("Row");
    }

    @SuppressWarnings("unchecked")
    private static <T> Class<T> cast(Class<?> type) {
        return (Class<T>) type;
    }
}
