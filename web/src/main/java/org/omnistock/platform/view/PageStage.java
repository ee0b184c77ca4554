package org.omnistock.platform.view;

import java.util.Set;

import jakarta.faces.application.ProjectStage;
import jakarta.servlet.ServletContainerInitializer;
import jakarta.servlet.ServletContext;

import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Sets the back office's Faces stage from the server's variable {@code omnistock.pages.stage}: Production, or
 * Development in dev mode ({@code mvn -Prun,dev verify}), where a changed page is read again at its next request.
 * Faces reads the stage from a context parameter only, so it is set here, before Faces starts, and web.xml names none.
 */
public class PageStage implements ServletContainerInitializer {

    static final String VARIABLE = "omnistock.pages.stage";

    @Override
    public void onStartup(Set<Class<?>> classes, ServletContext context) {
        ProjectStage stage = ConfigProvider.getConfig().getOptionalValue(VARIABLE, String.class)
                .map(PageStage::named).orElse(ProjectStage.Production);
        context.setInitParameter(ProjectStage.PROJECT_STAGE_PARAM_NAME, stage.name());
    }

    static ProjectStage named(String name) {
        try {
            return ProjectStage.valueOf(name.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(VARIABLE + " must be Production or Development, not '" + name + "'", e);
        }
    }
}
