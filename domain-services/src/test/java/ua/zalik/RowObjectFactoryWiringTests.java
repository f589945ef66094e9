package ua.zalik;

import org.apache.ibatis.session.SqlSessionFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The mappers make their rows with {@link RowObjectFactory}: without it every row costs a caught exception again. */
@SpringBootTest
class RowObjectFactoryWiringTests {

    @Autowired SqlSessionFactory mybatis;

    @Test
    void theMappersMakeTheirRowsWithTheFactoryThatOpensConstructorsOnce() {
        assertThat(mybatis.getConfiguration().getObjectFactory()).isInstanceOf(RowObjectFactory.class);
    }
}
