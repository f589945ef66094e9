package ua.zalik.users;

import ua.zalik.kernel.Role;

import java.util.Arrays;
import java.util.stream.Collectors;

/** An account row with its roles aggregated as "ADMIN,TEACHER". */
record StoredAccount(long id, long schoolId, String email, String fullName, String language, String roles) {

    Account toAccount() {
        return new Account(id, schoolId, email, fullName,
                roles == null || roles.isEmpty() ? java.util.Set.of()
                        : Arrays.stream(roles.split(",")).map(Role::valueOf).collect(Collectors.toSet()),
                language);
    }
}
