# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'community_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QLabel, QLineEdit, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_CommunityDialog(object):
    def setupUi(self, CommunityDialog):
        if not CommunityDialog.objectName():
            CommunityDialog.setObjectName(u"CommunityDialog")
        CommunityDialog.resize(520, 450)
        self.verticalLayout = QVBoxLayout(CommunityDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.nameLabel = QLabel(CommunityDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(CommunityDialog)
        self.nameEdit.setObjectName(u"nameEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.nameError = QLabel(CommunityDialog)
        self.nameError.setObjectName(u"nameError")
        self.nameError.setVisible(False)
        self.nameError.setWordWrap(True)
        self.nameError.setProperty(u"class", u"fieldError")
        self.nameError.setText(u"")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.nameError)

        self.districtLabel = QLabel(CommunityDialog)
        self.districtLabel.setObjectName(u"districtLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.districtLabel)

        self.districtEdit = QLineEdit(CommunityDialog)
        self.districtEdit.setObjectName(u"districtEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.districtEdit)

        self.districtError = QLabel(CommunityDialog)
        self.districtError.setObjectName(u"districtError")
        self.districtError.setVisible(False)
        self.districtError.setWordWrap(True)
        self.districtError.setProperty(u"class", u"fieldError")
        self.districtError.setText(u"")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.districtError)

        self.streetLabel = QLabel(CommunityDialog)
        self.streetLabel.setObjectName(u"streetLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.streetLabel)

        self.streetEdit = QLineEdit(CommunityDialog)
        self.streetEdit.setObjectName(u"streetEdit")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.streetEdit)

        self.streetError = QLabel(CommunityDialog)
        self.streetError.setObjectName(u"streetError")
        self.streetError.setVisible(False)
        self.streetError.setWordWrap(True)
        self.streetError.setProperty(u"class", u"fieldError")
        self.streetError.setText(u"")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.streetError)

        self.stationAreaLabel = QLabel(CommunityDialog)
        self.stationAreaLabel.setObjectName(u"stationAreaLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.stationAreaLabel)

        self.stationAreaEdit = QLineEdit(CommunityDialog)
        self.stationAreaEdit.setObjectName(u"stationAreaEdit")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.stationAreaEdit)

        self.stationAreaError = QLabel(CommunityDialog)
        self.stationAreaError.setObjectName(u"stationAreaError")
        self.stationAreaError.setVisible(False)
        self.stationAreaError.setWordWrap(True)
        self.stationAreaError.setProperty(u"class", u"fieldError")
        self.stationAreaError.setText(u"")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.stationAreaError)

        self.propertyCompanyLabel = QLabel(CommunityDialog)
        self.propertyCompanyLabel.setObjectName(u"propertyCompanyLabel")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.propertyCompanyLabel)

        self.propertyCompanyEdit = QLineEdit(CommunityDialog)
        self.propertyCompanyEdit.setObjectName(u"propertyCompanyEdit")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.propertyCompanyEdit)

        self.propertyCompanyError = QLabel(CommunityDialog)
        self.propertyCompanyError.setObjectName(u"propertyCompanyError")
        self.propertyCompanyError.setVisible(False)
        self.propertyCompanyError.setWordWrap(True)
        self.propertyCompanyError.setProperty(u"class", u"fieldError")
        self.propertyCompanyError.setText(u"")

        self.formLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.propertyCompanyError)

        self.propertyContactLabel = QLabel(CommunityDialog)
        self.propertyContactLabel.setObjectName(u"propertyContactLabel")

        self.formLayout.setWidget(10, QFormLayout.ItemRole.LabelRole, self.propertyContactLabel)

        self.propertyContactEdit = QLineEdit(CommunityDialog)
        self.propertyContactEdit.setObjectName(u"propertyContactEdit")

        self.formLayout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.propertyContactEdit)

        self.propertyContactError = QLabel(CommunityDialog)
        self.propertyContactError.setObjectName(u"propertyContactError")
        self.propertyContactError.setVisible(False)
        self.propertyContactError.setWordWrap(True)
        self.propertyContactError.setProperty(u"class", u"fieldError")
        self.propertyContactError.setText(u"")

        self.formLayout.setWidget(11, QFormLayout.ItemRole.FieldRole, self.propertyContactError)

        self.permitNoLabel = QLabel(CommunityDialog)
        self.permitNoLabel.setObjectName(u"permitNoLabel")

        self.formLayout.setWidget(12, QFormLayout.ItemRole.LabelRole, self.permitNoLabel)

        self.permitNoEdit = QLineEdit(CommunityDialog)
        self.permitNoEdit.setObjectName(u"permitNoEdit")

        self.formLayout.setWidget(12, QFormLayout.ItemRole.FieldRole, self.permitNoEdit)

        self.permitNoError = QLabel(CommunityDialog)
        self.permitNoError.setObjectName(u"permitNoError")
        self.permitNoError.setVisible(False)
        self.permitNoError.setWordWrap(True)
        self.permitNoError.setProperty(u"class", u"fieldError")
        self.permitNoError.setText(u"")

        self.formLayout.setWidget(13, QFormLayout.ItemRole.FieldRole, self.permitNoError)

        self.permitIssuerLabel = QLabel(CommunityDialog)
        self.permitIssuerLabel.setObjectName(u"permitIssuerLabel")

        self.formLayout.setWidget(14, QFormLayout.ItemRole.LabelRole, self.permitIssuerLabel)

        self.permitIssuerEdit = QLineEdit(CommunityDialog)
        self.permitIssuerEdit.setObjectName(u"permitIssuerEdit")

        self.formLayout.setWidget(14, QFormLayout.ItemRole.FieldRole, self.permitIssuerEdit)

        self.permitIssuerError = QLabel(CommunityDialog)
        self.permitIssuerError.setObjectName(u"permitIssuerError")
        self.permitIssuerError.setVisible(False)
        self.permitIssuerError.setWordWrap(True)
        self.permitIssuerError.setProperty(u"class", u"fieldError")
        self.permitIssuerError.setText(u"")

        self.formLayout.setWidget(15, QFormLayout.ItemRole.FieldRole, self.permitIssuerError)

        self.permitValidUntilLabel = QLabel(CommunityDialog)
        self.permitValidUntilLabel.setObjectName(u"permitValidUntilLabel")

        self.formLayout.setWidget(16, QFormLayout.ItemRole.LabelRole, self.permitValidUntilLabel)

        self.permitValidUntilEdit = QLineEdit(CommunityDialog)
        self.permitValidUntilEdit.setObjectName(u"permitValidUntilEdit")

        self.formLayout.setWidget(16, QFormLayout.ItemRole.FieldRole, self.permitValidUntilEdit)

        self.permitValidUntilError = QLabel(CommunityDialog)
        self.permitValidUntilError.setObjectName(u"permitValidUntilError")
        self.permitValidUntilError.setVisible(False)
        self.permitValidUntilError.setWordWrap(True)
        self.permitValidUntilError.setProperty(u"class", u"fieldError")
        self.permitValidUntilError.setText(u"")

        self.formLayout.setWidget(17, QFormLayout.ItemRole.FieldRole, self.permitValidUntilError)

        self.notesLabel = QLabel(CommunityDialog)
        self.notesLabel.setObjectName(u"notesLabel")

        self.formLayout.setWidget(18, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesEdit = QLineEdit(CommunityDialog)
        self.notesEdit.setObjectName(u"notesEdit")

        self.formLayout.setWidget(18, QFormLayout.ItemRole.FieldRole, self.notesEdit)

        self.notesError = QLabel(CommunityDialog)
        self.notesError.setObjectName(u"notesError")
        self.notesError.setVisible(False)
        self.notesError.setWordWrap(True)
        self.notesError.setProperty(u"class", u"fieldError")
        self.notesError.setText(u"")

        self.formLayout.setWidget(19, QFormLayout.ItemRole.FieldRole, self.notesError)


        self.verticalLayout.addLayout(self.formLayout)

        self.verticalSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.verticalLayout.addItem(self.verticalSpacer)

        self.buttonBox = QDialogButtonBox(CommunityDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.verticalLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.districtLabel.setBuddy(self.districtEdit)
        self.streetLabel.setBuddy(self.streetEdit)
        self.stationAreaLabel.setBuddy(self.stationAreaEdit)
        self.propertyCompanyLabel.setBuddy(self.propertyCompanyEdit)
        self.propertyContactLabel.setBuddy(self.propertyContactEdit)
        self.permitNoLabel.setBuddy(self.permitNoEdit)
        self.permitIssuerLabel.setBuddy(self.permitIssuerEdit)
        self.permitValidUntilLabel.setBuddy(self.permitValidUntilEdit)
        self.notesLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.districtEdit)
        QWidget.setTabOrder(self.districtEdit, self.streetEdit)
        QWidget.setTabOrder(self.streetEdit, self.stationAreaEdit)
        QWidget.setTabOrder(self.stationAreaEdit, self.propertyCompanyEdit)
        QWidget.setTabOrder(self.propertyCompanyEdit, self.propertyContactEdit)
        QWidget.setTabOrder(self.propertyContactEdit, self.permitNoEdit)
        QWidget.setTabOrder(self.permitNoEdit, self.permitIssuerEdit)
        QWidget.setTabOrder(self.permitIssuerEdit, self.permitValidUntilEdit)
        QWidget.setTabOrder(self.permitValidUntilEdit, self.notesEdit)

        self.retranslateUi(CommunityDialog)
        self.buttonBox.accepted.connect(CommunityDialog.accept)
        self.buttonBox.rejected.connect(CommunityDialog.reject)

        QMetaObject.connectSlotsByName(CommunityDialog)
    # setupUi

    def retranslateUi(self, CommunityDialog):
        CommunityDialog.setWindowTitle(QCoreApplication.translate("CommunityDialog", u"\u5c0f\u533a", None))
        self.nameLabel.setText(QCoreApplication.translate("CommunityDialog", u"\u5c0f\u533a\u540d\u79f0(&N)", None))
        self.districtLabel.setText(QCoreApplication.translate("CommunityDialog", u"\u533a\u53bf(&D)", None))
        self.districtEdit.setPlaceholderText(QCoreApplication.translate("CommunityDialog", u"\u5982 \u9e7f\u57ce\u533a", None))
        self.streetLabel.setText(QCoreApplication.translate("CommunityDialog", u"\u8857\u9053/\u8def(&S)", None))
        self.stationAreaLabel.setText(QCoreApplication.translate("CommunityDialog", u"\u53f0\u533a(&T)", None))
        self.propertyCompanyLabel.setText(QCoreApplication.translate("CommunityDialog", u"\u7269\u4e1a\u516c\u53f8(&P)", None))
        self.propertyContactLabel.setText(QCoreApplication.translate("CommunityDialog", u"\u7269\u4e1a\u8054\u7cfb\u4eba(&C)", None))
        self.propertyContactEdit.setPlaceholderText(QCoreApplication.translate("CommunityDialog", u"\u59d3\u540d \u7535\u8bdd", None))
        self.permitNoLabel.setText(QCoreApplication.translate("CommunityDialog", u"\u6279\u91cf\u65bd\u5de5\u8bc1\u660e\u7f16\u53f7(&B)", None))
        self.permitNoEdit.setPlaceholderText(QCoreApplication.translate("CommunityDialog", u"\u4e00\u5c0f\u533a\u4e00\u8bc1\u660e", None))
        self.permitIssuerLabel.setText(QCoreApplication.translate("CommunityDialog", u"\u8bc1\u660e\u51fa\u5177\u5355\u4f4d(&I)", None))
        self.permitIssuerEdit.setPlaceholderText(QCoreApplication.translate("CommunityDialog", u"\u5982 \u67d0\u67d0\u793e\u533a\u5c45\u59d4\u4f1a\u3001\u67d0\u67d0\u7269\u4e1a\u670d\u52a1\u6709\u9650\u516c\u53f8", None))
        self.permitValidUntilLabel.setText(QCoreApplication.translate("CommunityDialog", u"\u8bc1\u660e\u6709\u6548\u671f\u81f3(&V)", None))
        self.permitValidUntilEdit.setPlaceholderText(QCoreApplication.translate("CommunityDialog", u"\u5982 2027-06-30", None))
        self.notesLabel.setText(QCoreApplication.translate("CommunityDialog", u"\u5907\u6ce8(&R)", None))
    # retranslateUi

